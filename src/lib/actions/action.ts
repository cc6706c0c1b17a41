// A user action (Excalidraw's model): its name, keys, label and what it does. Menus, buttons and
// shortcuts all read the same registry, so a shortcut and its button can never disagree.

import type { MessageKey } from '../i18n/zh-CN.ts';

export interface KeyCombo {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
}

/** What grid actions act on: the grid component implements it. */
export interface GridActionTarget {
  undo(): Promise<void>;
  redo(): Promise<void>;
  clearSelectedCells(): Promise<void>;
  addRow(): Promise<void>;
  deleteSelectedRows(): Promise<void>;
  focusSearch(): void;
}

export interface Action {
  name: string;
  labelKey: MessageKey;
  keys: KeyCombo[];
  /** Whether performing it enters the undo history (as one batch). */
  undoable: boolean;
  perform(target: GridActionTarget): Promise<void> | void;
}

export function matches(combo: KeyCombo, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  return event.key.toLowerCase() === combo.key.toLowerCase() && ctrl === (combo.ctrl ?? false) && event.shiftKey === (combo.shift ?? false);
}
