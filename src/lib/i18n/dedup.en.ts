// English messages of the dedup feature (merged into en.ts).

import type { dedupZhCN } from './dedup.zh-CN.ts';

export const dedupEn: Record<keyof typeof dedupZhCN, string> = {
  'dedup.open': 'Find duplicates',
};
