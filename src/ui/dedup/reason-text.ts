// The words for why two records look alike, from the catalogue: "同一手机", "公司名称相似 92%", "联系人不同".

import type { MatchReason } from '../../lib/domain/dedup/scoring.ts';
import type { Column } from '../../lib/domain/types.ts';
import { t } from '../../lib/i18n/i18n.svelte.ts';

export function reasonTexts(reasons: readonly MatchReason[], columns: readonly Column[]): string[] {
  const nameOf = (id: string) => columns.find((c) => c.id === id)?.name ?? id;
  return reasons.flatMap((reason) => {
    const field = nameOf(reason.field);
    if (reason.note) return [t(`dedup.note.${reason.note}`, { field })];
    if (reason.kind === 'same') return [t('dedup.reason.same', { field })];
    if (reason.kind === 'similar') return [t('dedup.reason.similar', { field, percent: Math.round((reason.similarity ?? 0) * 100) })];
    if (reason.kind === 'differs') return [t('dedup.reason.differs', { field })];
    return [];
  });
}
