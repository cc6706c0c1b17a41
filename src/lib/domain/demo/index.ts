// The demo data generator's public face: the seeded demo workspace and the benchmark customer stream.

export { generateDemoWorkspace, DEMO_SEED, DEFAULT_DEMO_SIZES } from './workspace.ts';
export type { DemoSizes, DemoTable, DemoWorkspace } from './workspace.ts';
export { generateCustomerRows, generateCustomerChunks } from './customer-stream.ts';
export type { PlantedMess } from './customer-table.ts';
export type { DemoColumn, DemoTableKey } from './table-columns.ts';
export { CUSTOMER_COLUMNS, PURCHASE_COLUMNS, INTERACTION_COLUMNS, FOLLOWUP_COLUMNS } from './table-columns.ts';
export { DEMO_TODAY } from './dates.ts';
