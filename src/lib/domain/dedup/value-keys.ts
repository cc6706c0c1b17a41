// Each field's value keys as integers: equal keys get equal ids, and blocking keys are numbered in the same
// space, so one string map per field serves both blocking and the pair weighers.

export class FieldKeys {
  /** Whether the values' own keys are numbered (add); kinds whose weighers never read key ids skip the cost. */
  constructor(readonly numbersValues: boolean) {}

  private readonly numbered = new Map<string, number>();
  private list = new Int32Array(256);
  private length = 0;

  /** ids[v]: the id of the key of the field's value v. */
  get ids(): Int32Array {
    return this.list.subarray(0, this.length);
  }

  /** How many ids are numbered so far. */
  get count(): number {
    return this.numbered.size;
  }

  /** Numbers the key of the next value (when numbersValues). */
  add(key: string): void {
    if (!this.numbersValues) return;
    if (this.length === this.list.length) {
      const bigger = new Int32Array(this.list.length * 2);
      bigger.set(this.list);
      this.list = bigger;
    }
    this.list[this.length++] = this.intern(key);
  }

  /** The id of any string of the field, numbering it if new. */
  intern(text: string): number {
    let id = this.numbered.get(text);
    if (id === undefined) this.numbered.set(text, (id = this.numbered.size));
    return id;
  }
}
