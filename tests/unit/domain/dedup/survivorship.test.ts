import { describe, expect, it } from 'vitest';
import { defaultSurvivorId, MergeProblem, mergeRecords, type MergeRecord } from '../../../../src/lib/domain/dedup/survivorship.ts';

const older: MergeRecord = { id: 1, updatedAt: 100, cells: { name: '腾讯', phone: '13800138000', city: '深圳', tags: ['VIP'] } };
const newer: MergeRecord = { id: 2, updatedAt: 200, cells: { name: '腾讯科技有限公司', phone: '13900139000', tags: ['老客户', 'VIP'] } };
const fullest: MergeRecord = { id: 3, updatedAt: 50, cells: { name: '腾讯科技', phone: '13700137000', city: '深圳市', email: 'a@qq.com', address: '科技园路1号' } };

describe('mergeRecords', () => {
  it('takes each value from the most complete record by default, filling its gaps from the others', () => {
    expect(mergeRecords([older, newer, fullest])).toMatchObject({ name: '腾讯科技', phone: '13700137000', city: '深圳市', email: 'a@qq.com' });
  });

  it('takes the most recent non-empty value under mostRecent', () => {
    expect(mergeRecords([older, newer, fullest], { default: 'mostRecent' })).toMatchObject({ phone: '13900139000', city: '深圳' });
  });

  it('takes the longest value under longest', () => {
    expect(mergeRecords([older, newer, fullest], { columns: { name: 'longest' } }).name).toBe('腾讯科技有限公司');
  });

  it('keeps every distinct value under union', () => {
    expect(mergeRecords([older, newer, fullest], { columns: { phone: 'union' } }).phone).toEqual(['13800138000', '13900139000', '13700137000']);
  });

  it('always unites tags, whatever the rule', () => {
    expect(mergeRecords([older, newer], { default: 'chosen', chosenId: 1 }).tags).toEqual(['VIP', '老客户']);
  });

  it('lets the chosen record win, and fills only its empty cells from others', () => {
    expect(mergeRecords([older, newer, fullest], { default: 'chosen', chosenId: 2 })).toMatchObject({
      name: '腾讯科技有限公司',
      phone: '13900139000',
      city: '深圳市',
    });
  });

  it('leaves a column out when every record is empty there', () => {
    expect(mergeRecords([{ id: 1, cells: { note: '' } }, { id: 2, cells: {} }])).toEqual({});
  });

  it('reports a missing chosen record by code', () => {
    expect(() => mergeRecords([older], { default: 'chosen', chosenId: 9 })).toThrow(MergeProblem);
  });

  it('does not change the records it merges', () => {
    const copy = structuredClone(newer);
    mergeRecords([older, newer], { default: 'union' });
    expect(newer).toEqual(copy);
  });
});

describe('defaultSurvivorId', () => {
  it('keeps the record with the most filled cells', () => {
    expect(defaultSurvivorId([older, newer, fullest])).toBe(3);
  });

  it('keeps the oldest (lowest id) of equally complete records, and counts blank text as empty', () => {
    const blank: MergeRecord = { id: 0, cells: { name: '腾讯', phone: ' ', city: '', tags: [] } };
    expect(defaultSurvivorId([newer, older])).toBe(1);
    expect(defaultSurvivorId([blank, newer])).toBe(2);
  });
});
