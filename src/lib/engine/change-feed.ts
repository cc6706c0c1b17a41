// Tells this tab's UI and every other tab's worker what changed, so all tabs show the same data.

import type { ChangeNotice } from '../workers/data.api.ts';

type Touched = { tableId: string; rowIds: number[] };
export type FeedMessage = { workspaceId: string; touched: Touched[]; schema: boolean } | { workspaces: true };

export class ChangeFeed {
  private listener: ((notice: ChangeNotice) => void) | null = null;
  private readonly channel: BroadcastChannel | null;

  constructor(channelName: string, onRemote: (message: FeedMessage) => Promise<void>) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
    this.channel?.addEventListener('message', (event: MessageEvent<FeedMessage>) => {
      void onRemote(event.data).then(() => this.tell(event.data, true));
    });
  }

  listen(listener: (notice: ChangeNotice) => void): void {
    this.listener = listener;
  }

  /** A change made in this tab: tell the other tabs, then this tab's UI. */
  publish(message: FeedMessage): void {
    this.channel?.postMessage(message);
    this.tell(message, false);
  }

  /** A change this tab's UI already shows (a column it resized): only the other tabs are told. */
  publishToOthers(message: FeedMessage): void {
    this.channel?.postMessage(message);
  }

  notify(notice: ChangeNotice): void {
    this.listener?.(notice);
  }

  private tell(message: FeedMessage, fromOtherTab: boolean): void {
    if ('workspaces' in message) return this.notify({ kind: 'workspaces', fromOtherTab });
    const tableIds = [...new Set(message.touched.map((t) => t.tableId))];
    if (message.schema) this.notify({ kind: 'schema', workspaceId: message.workspaceId, tableIds, fromOtherTab });
    else this.notify({ kind: 'rows', workspaceId: message.workspaceId, tableIds, fromOtherTab });
  }
}
