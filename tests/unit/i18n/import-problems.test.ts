import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { zhCN } from '../../../src/lib/i18n/zh-CN.ts';
import { PLAN_PROBLEM_CODES, problemKey } from '../../../src/lib/i18n/import-problems.ts';

/** The string members of a union type as written in a source file. */
function unionMembers(file: string, typeName: string): string[] {
  const source = readFileSync(file, 'utf8');
  const body = new RegExp(`export type ${typeName} =([^;]+);`).exec(source)?.[1] ?? '';
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

describe('import problem messages', () => {
  const domainCodes = [
    ...unionMembers('src/lib/domain/import/problems.ts', 'ImportProblemCode'),
    ...unionMembers('src/lib/domain/import/convert-cell.ts', 'ConvertCode'),
  ];

  it('list every code the import domain can report', () => {
    expect(domainCodes.length).toBeGreaterThan(20);
    for (const code of domainCodes) expect(Object.keys(PLAN_PROBLEM_CODES), code).toContain(code);
  });

  it('exist for every code in both languages', () => {
    for (const code of Object.keys(PLAN_PROBLEM_CODES) as (keyof typeof PLAN_PROBLEM_CODES)[]) {
      const key = problemKey(code);
      expect(zhCN[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  });
});
