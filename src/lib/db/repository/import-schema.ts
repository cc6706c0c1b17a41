// Takes back the table and columns an import created when the import is cancelled or fails before its commit.

import type { KedangDb } from '../schema.ts';
import type { TouchedTable } from '../records.ts';
import { tableBlockRange } from '../row-blocks.ts';

/**
 * Schema edits are outside the undo history, so a cancelled import removes what it created itself.
 * A table is only dropped while it holds no rows: data someone else added is never lost.
 */
export async function dropImportSchema(
  db: KedangDb,
  input: { tableId: string; dropTable: boolean; columnIds: string[] },
): Promise<TouchedTable[]> {
  return db.transaction('rw', [db.tableMetas, db.columns, db.rowBlocks], async () => {
    // Empty blocks are never stored, so a table without blocks has no rows.
    const rowsLeft = await db.rowBlocks.where('[tableId+n]').between(...tableBlockRange(input.tableId)).count();
    if (input.dropTable && rowsLeft === 0) {
      await db.columns.where('tableId').equals(input.tableId).delete();
      await db.tableMetas.delete(input.tableId);
    } else if (input.columnIds.length > 0) {
      await db.columns.bulkDelete(input.columnIds);
    }
    return [{ tableId: input.tableId, rowIds: [], schemaChanged: true }];
  });
}
