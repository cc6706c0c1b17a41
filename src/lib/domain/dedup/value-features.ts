// What the pair weighers read of each distinct value, gathered into typed arrays as each value is made (while
// it is fresh in memory), so weighing never walks a million value objects scattered over the heap.
import type { FieldValue } from './field-values.ts';
import type { MatchKind } from './match-fields.ts';

const WITH_TEXT: ReadonlySet<MatchKind> = new Set(['company', 'person', 'givenName', 'surname']);

export class ValueFeatures {
  /** flag[v]: phones and e-mails, the cell held several; names, written in Chinese characters. */
  readonly flag = new Growing(Uint8Array);
  /** company: -1 no place in the name, -2 several, else the one place's id. */
  readonly place = new Growing(Int32Array);
  /** names: ids equal for equal texts. */
  readonly textId = new Growing(Int32Array);
  /** company and names: the texts' code units end to end; value v is pool[start[v] .. start[v+1]). */
  readonly pool = new Growing(Uint16Array);
  readonly start = new Growing(Int32Array);
  private readonly numbered = new Map<string, number>();

  constructor(readonly kind: MatchKind) {
    this.start.push(0);
  }

  add(value: FieldValue): void {
    switch (this.kind) {
      case 'phone':
      case 'email':
        this.flag.push((value.keys?.length ?? 0) > 1 ? 1 : 0);
        return;
      case 'company':
        this.place.push(this.placeOf(value.places ?? []));
        break;
      case 'person':
      case 'givenName':
      case 'surname':
        this.flag.push(value.han ? 1 : 0);
        this.textId.push(this.number(value.text));
        break;
      default:
        return;
    }
    if (!WITH_TEXT.has(this.kind)) return;
    for (let c = 0; c < value.text.length; c++) this.pool.push(value.text.charCodeAt(c));
    this.start.push(this.pool.length);
  }

  private placeOf(places: readonly string[]): number {
    if (places.length !== 1) return places.length === 0 ? -1 : -2;
    return this.number(places[0]!);
  }

  private number(text: string): number {
    let id = this.numbered.get(text);
    if (id === undefined) this.numbered.set(text, (id = this.numbered.size));
    return id;
  }
}

type TypedArray = Uint8Array | Uint16Array | Int32Array;

/** A typed array that doubles as it fills; `items` is a view of what was pushed so far. */
export class Growing<T extends TypedArray> {
  private store: T;
  length = 0;

  constructor(private readonly make: new (length: number) => T) {
    this.store = new make(256);
  }

  push(item: number): void {
    if (this.length === this.store.length) {
      const bigger = new this.make(this.store.length * 2);
      bigger.set(this.store);
      this.store = bigger;
    }
    this.store[this.length++] = item;
  }

  get items(): T {
    return this.store.subarray(0, this.length) as T;
  }
}
