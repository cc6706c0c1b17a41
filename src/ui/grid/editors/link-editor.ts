// A popup editor for link cells: search the linked table's rows by name and pick one.
// AG Grid Community has no such editor; built from DOM nodes, never from HTML strings.

import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { GridRow } from '../../../lib/workers/data.api.ts';

export type LinkChoices = (tableId: string, search: string) => Promise<{ id: number; label: string }[]>;

interface LinkParams extends ICellEditorParams<GridRow, number | null> {
  tableId: string;
  choices: LinkChoices;
  labels: { linkSearch: string; linkNone: string };
}

export class LinkEditor implements ICellEditorComp<GridRow, number | null> {
  private root = document.createElement('div');
  private input = document.createElement('input');
  private list = document.createElement('select');
  private value: number | null = null;
  private params!: LinkParams;
  private asked = 0;

  init(params: LinkParams): void {
    this.params = params;
    this.value = typeof params.value === 'number' ? params.value : null;
    this.root.className = 'kd-link-editor';
    this.input.placeholder = params.labels.linkSearch;
    this.input.setAttribute('aria-label', params.labels.linkSearch);
    this.list.size = 8;
    this.list.setAttribute('aria-label', params.labels.linkSearch);
    this.input.addEventListener('input', () => void this.search());
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        e.stopPropagation();
        this.list.focus();
        if (this.list.selectedIndex < 0) this.list.selectedIndex = 0;
      }
    });
    this.list.addEventListener('change', () => {
      this.value = this.list.value === '' ? null : Number(this.list.value);
    });
    this.list.addEventListener('dblclick', () => params.stopEditing());
    this.root.append(this.input, this.list);
    void this.search();
  }

  private async search(): Promise<void> {
    const ask = ++this.asked;
    const found = await this.params.choices(this.params.tableId, this.input.value);
    if (ask !== this.asked) return;
    const none = new Option(this.params.labels.linkNone, '');
    this.list.replaceChildren(none, ...found.map((f) => new Option(f.label, String(f.id), false, f.id === this.value)));
  }

  getGui(): HTMLElement {
    return this.root;
  }

  afterGuiAttached(): void {
    this.input.focus();
  }

  getValue(): number | null {
    return this.value;
  }

  isPopup(): boolean {
    return true;
  }
}
