// English messages of the import feature (merged into en.ts).

import type { importZhCN } from './import.zh-CN.ts';

export const importEn: Record<keyof typeof importZhCN, string> = {
  'import.open': 'Import',
};
