// A manual measurement, not a test: `npx tsx tests/unit/domain/dedup/measure-speed.ts [customers]`.
// Prints how long findDuplicates takes on a generated Chinese sheet and the heap it grew by.
import { findDuplicates } from '../../../../src/lib/domain/dedup/find-duplicates.ts';
import { pickMatchFields } from '../../../../src/lib/domain/dedup/match-fields.ts';
import { generateMessySheet, SHEET_HEADERS } from './messy-customer-sheet.ts';

const customers = Number(process.argv[2] ?? 64_000);
const sheet = generateMessySheet({ seed: 11, customers });
const fields = pickMatchFields(SHEET_HEADERS.map((name) => ({ id: name, name, type: 'text' })));
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const result = findDuplicates(sheet.rows, fields, { threshold: 0.5 });
const seconds = (performance.now() - started) / 1000;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
console.log(
  `${sheet.rows.length} rows: ${seconds.toFixed(2)} s, ${result.candidatePairs} candidate pairs, ` +
    `${result.clusters.length} clusters, heap +${heapMb.toFixed(0)} MB`,
);
