import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../../src/lib/domain/export/formula-guard.ts';

describe('CSV formula neutralisation', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['+1+2', "'+1+2"],
    ['-1+2', "'-1+2"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tdata', "'\tdata"],
    ['\rdata', "'\rdata"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－A1', "'－A1"],
    ['＠A1', "'＠A1"],
    ['- 备注', "'- 备注"],
  ])('prefixes %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it.each([
    ['+86 138 0013 8000'],
    ['+8613800138000'],
    ['+86-138-0013-8000'],
    ['-12.5'],
    ['-1,234.50'],
    ['-1234.5'],
    ['+3'],
    ['-5%'],
    ['-'],
    ['张三'],
    ['a=b'],
    ['13800138000'],
    [''],
  ])('leaves %j as it is', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});
