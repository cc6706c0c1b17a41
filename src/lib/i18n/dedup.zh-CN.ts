// 简体中文 messages of the dedup feature (merged into zh-CN.ts).

export const dedupZhCN = {
  'dedup.open': '查重合并',
} as const;
