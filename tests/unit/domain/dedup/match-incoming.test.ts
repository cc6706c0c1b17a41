import { describe, expect, it } from 'vitest';
import { matchIncoming } from '../../../../src/lib/domain/dedup/match-incoming.ts';
import type { MatchField } from '../../../../src/lib/domain/dedup/match-fields.ts';

const fields: MatchField[] = [
  { columnId: 'company', kind: 'company' },
  { columnId: 'contact', kind: 'person' },
  { columnId: 'phone', kind: 'phone' },
];
const existing = [
  { id: 11, cells: { company: '上海昌联商业管理有限公司', contact: '徐志明', phone: '15118907948' } },
  { id: 12, cells: { company: '北京华信科技有限公司', contact: '王磊', phone: '13911112222' } },
  { id: 13, cells: { company: '北京华信科技有限公司', contact: '王磊' } },
];

describe('matching rows about to be imported against a table', () => {
  it('finds the existing row an incoming row repeats, written a little differently', () => {
    const matches = matchIncoming(existing, [{ company: '上海昌联商业管理有限公司', contact: '徐志明', phone: '151 1890 7948' }], fields, { threshold: 0.5 });
    expect(matches?.[0]?.rowId).toBe(11);
    expect(matches?.[0]?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('picks the best scoring of several candidates, and null for a row like no other', () => {
    const matches = matchIncoming(
      existing,
      [{ company: '北京华信科技有限公司', contact: '王磊', phone: '13911112222' }, { company: '深圳远航物流有限公司', contact: '陈静', phone: '13700001111' }],
      fields,
      { threshold: 0.5 },
    );
    expect(matches?.map((m) => m?.rowId ?? null)).toEqual([12, null]);
  });

  it('gives up when cancelled', () => {
    expect(matchIncoming(existing, [{ company: '北京华信科技有限公司' }], fields, { threshold: 0.5, isCancelled: () => true })).toBeNull();
  });
});
