// Day numbers (days since 1970-01-01) and their ISO 'YYYY-MM-DD' form, plus the demo's fixed "today".

/** The demo's data stops here, so overdue tasks and recency stay stable whatever the clock says. */
export const DEMO_TODAY = '2026-11-23';

export function dayFromIso(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

// A million benchmark rows share a thousand or so dates: each is worked out once.
const isoCache = new Map<number, string>();

export function isoFromDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = civilIso(day);
    if (isoCache.size < 20_000) isoCache.set(day, iso);
  }
  return iso;
}

// Civil-from-days (H. Hinnant): exact for any day, without Date's time-zone handling.
function civilIso(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function monthOfDay(day: number): number {
  return Number(isoFromDay(day).slice(5, 7));
}
