import { beforeAll, describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { generateDemoWorkspace, type DemoWorkspace } from '../../../../src/lib/domain/demo/index.ts';
import { normalisePhone } from '../../../../src/lib/domain/normalise/phone.ts';
import { normaliseEmail } from '../../../../src/lib/domain/normalise/email.ts';
import type { CellValue } from '../../../../src/lib/domain/types.ts';

let demo: DemoWorkspace;
let rows: Record<string, CellValue>[];
const toSimplified = Converter({ from: 'hk', to: 'cn' });
const digitsOf = (phone: CellValue | undefined): string => (typeof phone === 'string' ? phone.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '') : '');
const share = (count: number): number => count / rows.length;

beforeAll(() => {
  demo = generateDemoWorkspace();
  rows = demo.tables[0]?.rows ?? [];
});

describe('the duplicates planted among the demo customers', () => {
  it('make up 3 to 5 % of the customer rows', () => {
    const copies = new Set(demo.plantedDuplicates.map(([, later]) => later));
    expect(share(copies.size)).toBeGreaterThanOrEqual(0.03);
    expect(share(copies.size)).toBeLessThanOrEqual(0.05);
    expect(demo.planted.duplicates).toBe(demo.plantedDuplicates);
  });

  it('list each pair once, earlier row first, both rows existing', () => {
    const keys = demo.plantedDuplicates.map(([a, b]) => `${a}-${b}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [a, b] of demo.plantedDuplicates) {
      expect(a).toBeLessThan(b);
      expect(rows[b]).toBeDefined();
    }
  });

  it('still share a phone, a mail or a contact surname with their original', () => {
    for (const [a, b] of demo.plantedDuplicates) {
      const [x, y] = [rows[a] as Record<string, CellValue>, rows[b] as Record<string, CellValue>];
      const samePhone = digitsOf(x.c_mobile) !== '' && digitsOf(x.c_mobile) === digitsOf(y.c_mobile);
      const sameMail = typeof x.c_email === 'string' && x.c_email.toLowerCase() === String(y.c_email).toLowerCase();
      const sameSurname = typeof x.c_contact === 'string' && x.c_contact.slice(0, 1) === String(y.c_contact).slice(0, 1);
      expect(samePhone || sameMail || sameSurname, JSON.stringify([x, y])).toBe(true);
    }
  });

  it('retype the company name in most pairs, in each of the ways real sheets do', () => {
    const retyped = demo.plantedDuplicates.filter(([a, b]) => rows[a]?.c_company !== rows[b]?.c_company);
    expect(retyped.length / demo.plantedDuplicates.length).toBeGreaterThan(0.85);
    const later = retyped.map(([a, b]): [string, string] => [rows[a]?.c_company as string, rows[b]?.c_company as string]);
    expect(later.some(([, b]) => toSimplified(b) !== b)).toBe(true);
    expect(later.some(([, b]) => b.includes('('))).toBe(true);
    expect(later.some(([a, b]) => a.endsWith('有限公司') && !/公司\s*$/.test(b))).toBe(true);
    expect(later.some(([, b]) => /\s/.test(b))).toBe(true);
  });

  it('write phones another way, misspell contacts and capitalise mails in some pairs', () => {
    const pairs = demo.plantedDuplicates.map(([a, b]) => [rows[a], rows[b]] as Record<string, CellValue>[]);
    expect(pairs.some(([x, y]) => /^1\d{10}$/.test(String(x?.c_mobile)) && /^1\d{2}-\d{4}-\d{4}$/.test(String(y?.c_mobile)))).toBe(true);
    expect(pairs.some(([, y]) => String(y?.c_mobile).startsWith('+86'))).toBe(true);
    expect(pairs.some(([x, y]) => x?.c_mobile !== undefined && y?.c_mobile === undefined)).toBe(true);
    expect(pairs.some(([x, y]) => x?.c_contact !== y?.c_contact && String(y?.c_contact).length === String(x?.c_contact).length)).toBe(true);
    expect(pairs.some(([x, y]) => typeof y?.c_email === 'string' && y.c_email !== x?.c_email && y.c_email.toLowerCase() === x?.c_email)).toBe(true);
  });
});

describe('the lookalikes planted among the demo customers', () => {
  it('hold branch offices of one company in different cities, with their own contacts and phones', () => {
    const branches = demo.planted.lookalikes.filter((l) => l.kind === 'branch-office');
    expect(branches.length).toBeGreaterThanOrEqual(10);
    for (const { rows: [a, b] } of branches) {
      const [x, y] = [rows[a] as Record<string, CellValue>, rows[b] as Record<string, CellValue>];
      expect(x.c_company).not.toBe(y.c_company);
      expect(String(x.c_company).replace(/（.+）/, '')).toBe(String(y.c_company).replace(/（.+）/, ''));
      expect(x.c_mobile).not.toBe(y.c_mobile);
    }
  });

  it('hold different people sharing a common name at different companies', () => {
    const namesakes = demo.planted.lookalikes.filter((l) => l.kind === 'same-contact-name');
    expect(namesakes.length).toBeGreaterThanOrEqual(6);
    for (const { rows: [a, b] } of namesakes) {
      const [x, y] = [rows[a] as Record<string, CellValue>, rows[b] as Record<string, CellValue>];
      if (x.c_contact !== undefined && y.c_contact !== undefined) expect(x.c_contact).toBe(y.c_contact);
      expect(x.c_company).not.toBe(y.c_company);
      expect(x.c_email === undefined || x.c_email !== y.c_email).toBe(true);
    }
    expect(rows.filter((r) => r.c_contact === '张伟').length).toBeGreaterThanOrEqual(3);
  });

  it('are never listed as duplicates', () => {
    const duplicate = new Set(demo.plantedDuplicates.map(([a, b]) => `${a}-${b}`));
    for (const { rows: [a, b] } of demo.planted.lookalikes) expect(duplicate.has(`${Math.min(a, b)}-${Math.max(a, b)}`)).toBe(false);
  });

  it('leave every company that is not a planted copy with a name and a phone of its own', () => {
    const copies = new Set(demo.plantedDuplicates.map(([, later]) => later));
    const originals = rows.filter((_, i) => !copies.has(i));
    expect(new Set(originals.map((r) => r.c_company)).size).toBe(originals.length);
    const phones = originals.map((r) => digitsOf(r.c_mobile)).filter((p) => p !== '');
    expect(new Set(phones).size).toBe(phones.length);
  });
});

describe('the other mess planted among the demo customers', () => {
  it('leaves 5 to 10 % of contacts, mails and addresses empty', () => {
    for (const column of ['c_contact', 'c_email', 'c_address']) {
      const empty = share(rows.filter((r) => !(column in r)).length);
      expect(empty, column).toBeGreaterThanOrEqual(0.05);
      expect(empty, column).toBeLessThanOrEqual(0.1);
    }
  });

  it('writes some cities and provinces as aliases outside the choices, each one listed', () => {
    const columns = demo.tables[0]?.columns ?? [];
    const choicesOf = (id: string): string[] => columns.find((c) => c.id === id)?.choices ?? [];
    const everyChoice = new Set([...choicesOf('c_city'), ...choicesOf('c_province')]);
    expect(demo.planted.aliases.filter((a) => a.columnId === 'c_city').length).toBeGreaterThan(40);
    expect(demo.planted.aliases.filter((a) => a.columnId === 'c_province').length).toBeGreaterThan(20);
    for (const alias of demo.planted.aliases) {
      expect(rows[alias.row]?.[alias.columnId]).toBe(alias.value);
      expect(everyChoice.has(alias.value)).toBe(false);
      expect(choicesOf(alias.columnId)).toContain(alias.canonical);
    }
    const values = new Set(demo.planted.aliases.map((a) => a.value));
    for (const expected of ['深圳', '北京']) expect(values.has(expected)).toBe(true);
    expect([...values].some((v) => /^[A-Z]{2,3}$/.test(v))).toBe(true);
    expect([...values].some((v) => /^[A-Z][a-z]+/.test(v))).toBe(true);
  });

  it('breaks a few mails and phones so that the normalisers reject them, each one listed', () => {
    expect(demo.planted.invalidEmails.length).toBeGreaterThanOrEqual(5);
    expect(demo.planted.invalidPhones.length).toBeGreaterThanOrEqual(5);
    for (const row of demo.planted.invalidEmails) expect(normaliseEmail(rows[row]?.c_email)?.valid, String(rows[row]?.c_email)).toBe(false);
    for (const row of demo.planted.invalidPhones) expect(normalisePhone(rows[row]?.c_mobile)?.valid, String(rows[row]?.c_mobile)).toBe(false);
  });

  it('gives every other mail and phone a value the normalisers accept', () => {
    const badMail = new Set(demo.planted.invalidEmails);
    const badPhone = new Set(demo.planted.invalidPhones);
    rows.forEach((r, i) => {
      if (r.c_email !== undefined && !badMail.has(i)) expect(normaliseEmail(r.c_email)?.valid, String(r.c_email)).toBe(true);
      if (r.c_mobile !== undefined && !badPhone.has(i)) expect(normalisePhone(r.c_mobile)?.valid, String(r.c_mobile)).toBe(true);
    });
  });

  it('gives mails in capitals to some duplicates only, not to originals', () => {
    const copies = new Set(demo.plantedDuplicates.map(([, later]) => later));
    rows.forEach((r, i) => {
      if (!copies.has(i) && typeof r.c_email === 'string') expect(r.c_email).toBe(r.c_email.toLowerCase());
    });
  });
});
