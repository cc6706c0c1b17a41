// The grid's keyboard actions. Copy and paste are not here: they run on the browser's clipboard events.

import { matches, type Action } from './action.ts';

export const gridActions: Action[] = [
  {
    name: 'undo',
    labelKey: 'grid.undo',
    keys: [{ key: 'z', ctrl: true }],
    undoable: false,
    perform: (t) => t.undo(),
  },
  {
    name: 'redo',
    labelKey: 'grid.redo',
    keys: [{ key: 'y', ctrl: true }, { key: 'z', ctrl: true, shift: true }],
    undoable: false,
    perform: (t) => t.redo(),
  },
  {
    name: 'clearCells',
    labelKey: 'grid.label',
    keys: [{ key: 'Delete' }, { key: 'Backspace' }],
    undoable: true,
    perform: (t) => t.clearSelectedCells(),
  },
  {
    name: 'addRow',
    labelKey: 'grid.addRow',
    keys: [{ key: 'Enter', ctrl: true, shift: true }],
    undoable: true,
    perform: (t) => t.addRow(),
  },
  {
    name: 'deleteRows',
    labelKey: 'grid.deleteRows',
    keys: [{ key: 'Delete', ctrl: true }],
    undoable: true,
    perform: (t) => t.deleteSelectedRows(),
  },
  {
    name: 'search',
    labelKey: 'grid.search',
    keys: [{ key: 'f', ctrl: true }],
    undoable: false,
    perform: (t) => t.focusSearch(),
  },
];

export function actionFor(event: KeyboardEvent, actions: Action[] = gridActions): Action | undefined {
  return actions.find((a) => a.keys.some((k) => matches(k, event)));
}

export function actionNamed(name: string): Action {
  const action = gridActions.find((a) => a.name === name);
  if (!action) throw new Error(`no action ${name}`);
  return action;
}
