// 简体中文 messages of the import feature (merged into zh-CN.ts).

export const importZhCN = {
  'import.open': '导入',
} as const;
