// Tells the data worker (of this tab and every other) what an import changed, over the app's change channel.

import type { FeedMessage } from '../engine/change-feed.ts';

export type Publish = (dbName: string, message: FeedMessage) => void;

const channels = new Map<string, BroadcastChannel>();

export const broadcastFeed: Publish = (dbName, message) => {
  if (typeof BroadcastChannel === 'undefined') return;
  let channel = channels.get(dbName);
  if (!channel) {
    channel = new BroadcastChannel(`kedang:${dbName}`);
    channels.set(dbName, channel);
  }
  channel.postMessage(message);
};

/** The messages after an import into `tableId` was committed or taken back. */
export function importMessages(workspaceId: string, tableId: string, tableListChanged: boolean, schema: boolean): FeedMessage[] {
  // No row ids: the readers reload the whole table, cheaper than naming up to millions of rows.
  const rows: FeedMessage = { workspaceId, touched: [{ tableId, rowIds: [] }], schema: schema || tableListChanged };
  return tableListChanged ? [{ workspaces: true }, rows] : [rows];
}
