// A popup editor for tag cells (multi-select): chips with remove buttons and an input with suggestions.
// AG Grid Community has no multi-select editor; built from DOM nodes, never from HTML strings.

import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { GridRow } from '../../../lib/workers/data.api.ts';

interface TagsParams extends ICellEditorParams<GridRow, string[] | null> {
  choices: string[];
  labels: { tagsPlaceholder: string; removeTag: (tag: string) => string };
}

export class TagsEditor implements ICellEditorComp<GridRow, string[] | null> {
  private root = document.createElement('div');
  private chips = document.createElement('div');
  private input = document.createElement('input');
  private tags: string[] = [];
  private params!: TagsParams;

  init(params: TagsParams): void {
    this.params = params;
    this.tags = Array.isArray(params.value) ? [...params.value] : [];
    this.root.className = 'kd-tags-editor';
    this.chips.className = 'kd-tags-chips';
    const listId = `kd-tags-${Math.random().toString(36).slice(2)}`;
    const list = document.createElement('datalist');
    list.id = listId;
    for (const choice of params.choices) {
      const option = document.createElement('option');
      option.value = choice;
      list.append(option);
    }
    this.input.setAttribute('list', listId);
    this.input.placeholder = params.labels.tagsPlaceholder;
    this.input.setAttribute('aria-label', params.labels.tagsPlaceholder);
    if (params.eventKey && params.eventKey.length === 1) this.input.value = params.eventKey;
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.root.append(this.chips, this.input, list);
    this.renderChips();
  }

  private onKey(event: KeyboardEvent): void {
    const text = this.input.value.trim();
    if (event.key === 'Enter' && text !== '') {
      event.stopPropagation();
      event.preventDefault();
      this.add(text);
    } else if (event.key === 'Backspace' && this.input.value === '' && this.tags.length) {
      this.tags.pop();
      this.renderChips();
    }
  }

  private add(text: string): void {
    for (const tag of text.split(/[,，、;；]/).map((t) => t.trim()).filter(Boolean)) {
      if (!this.tags.includes(tag)) this.tags.push(tag);
    }
    this.input.value = '';
    this.renderChips();
  }

  private renderChips(): void {
    this.chips.replaceChildren(
      ...this.tags.map((tag) => {
        const chip = document.createElement('span');
        chip.className = 'kd-chip';
        chip.textContent = tag;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '×';
        remove.setAttribute('aria-label', this.params.labels.removeTag(tag));
        remove.addEventListener('click', () => {
          this.tags = this.tags.filter((t) => t !== tag);
          this.renderChips();
          this.input.focus();
        });
        chip.append(remove);
        return chip;
      }),
    );
  }

  getGui(): HTMLElement {
    return this.root;
  }

  afterGuiAttached(): void {
    this.input.focus();
  }

  getValue(): string[] | null {
    const pending = this.input.value.trim();
    if (pending) this.add(pending);
    return this.tags.length ? this.tags : null;
  }

  isPopup(): boolean {
    return true;
  }
}
