// First pass of the index build: interns every token and compound of every title and writes titles in
// the title layout (see DocumentStore) as collection indexes. Compounds are looked up by the numeric pair
// of their parts first, so each distinct compound string is built and hashed once, not once per title:
// that halves the build time of a 70k-game catalog.
import { TermKind } from "./vocabulary";

/**
 * Open-addressing hash table from a pair of collection indexes to the index of their compound, in typed
 * arrays: a Map keyed by strings or doubles costs several times more per lookup at this size.
 */
class PairTable {
  private left = new Int32Array(1 << 16).fill(-1);
  private right = new Int32Array(1 << 16);
  private value = new Int32Array(1 << 16);
  private count = 0;

  get(a: number, b: number): number {
    const mask = this.left.length - 1;
    for (let slot = PairTable.hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.left[slot] ?? -1;
      if (stored === -1) return -1;
      if (stored === a && this.right[slot] === b) return this.value[slot] ?? -1;
    }
  }

  set(a: number, b: number, value: number): void {
    if (2 * (this.count + 1) > this.left.length) this.grow();
    const mask = this.left.length - 1;
    let slot = PairTable.hash(a, b) & mask;
    while ((this.left[slot] ?? -1) !== -1) slot = (slot + 1) & mask;
    this.left[slot] = a;
    this.right[slot] = b;
    this.value[slot] = value;
    this.count++;
  }

  private grow(): void {
    const { left, right, value } = this;
    this.left = new Int32Array(left.length * 2).fill(-1);
    this.right = new Int32Array(left.length * 2);
    this.value = new Int32Array(left.length * 2);
    this.count = 0;
    for (let slot = 0; slot < left.length; slot++) {
      if ((left[slot] ?? -1) !== -1) this.set(left[slot] ?? 0, right[slot] ?? 0, value[slot] ?? 0);
    }
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  }
}

export class TermCollector {
  /** term → collection index */
  readonly collected = new Map<string, number>();
  readonly terms: string[] = [];
  kinds = new Uint8Array(1 << 16);
  slots = new Int32Array(1 << 18);
  slotCount = 0;
  /** Token count of every title written, in order. */
  readonly titleLengths: number[] = [];
  private readonly joined = new PairTable();
  /** Slot where each title of the current document starts, and its token count. */
  private docTitleStarts: number[] = [];
  private docTitleLengths: number[] = [];

  /** Starts a new document: titles are deduplicated within one document only. */
  startDocument(): void {
    this.docTitleStarts = [];
    this.docTitleLengths = [];
  }

  /**
   * Writes one title's tokens, pair and triple compounds. Returns false (writing nothing) when the
   * document already has a title with the same tokens, e.g. "Pokémon Red" and "Pokemon Red".
   */
  addTitle(tokens: string[]): boolean {
    const m = tokens.length;
    if (m === 0) return false;
    const start = this.slotCount;
    for (const token of tokens) this.write(this.intern(token, TermKind.token));
    for (let t = 0; t < this.docTitleStarts.length; t++) {
      if (this.docTitleLengths[t] === m && this.sameTokens(this.docTitleStarts[t] ?? 0, start, m)) {
        this.slotCount = start;
        return false;
      }
    }
    this.docTitleStarts.push(start);
    this.docTitleLengths.push(m);
    this.titleLengths.push(m);
    for (let j = 0; j + 1 < m; j++) {
      this.write(this.join(this.slots[start + j] ?? 0, this.slots[start + j + 1] ?? 0, TermKind.pair));
    }
    for (let j = 0; j + 2 < m; j++) {
      this.write(this.join(this.slots[start + m + j] ?? 0, this.slots[start + j + 2] ?? 0, TermKind.triple));
    }
    return true;
  }

  private sameTokens(previous: number, start: number, m: number): boolean {
    for (let j = 0; j < m; j++) if (this.slots[previous + j] !== this.slots[start + j]) return false;
    return true;
  }

  private intern(term: string, kind: number): number {
    let index = this.collected.get(term);
    if (index === undefined) {
      index = this.terms.length;
      this.collected.set(term, index);
      this.terms.push(term);
      if (index >= this.kinds.length) {
        const grown = new Uint8Array(this.kinds.length * 2);
        grown.set(this.kinds);
        this.kinds = grown;
      }
    }
    this.kinds[index] = (this.kinds[index] ?? 0) | kind;
    return index;
  }

  private join(left: number, right: number, kind: number): number {
    const index = this.joined.get(left, right);
    if (index >= 0) {
      this.kinds[index] = (this.kinds[index] ?? 0) | kind;
      return index;
    }
    const created = this.intern((this.terms[left] ?? "") + (this.terms[right] ?? ""), kind);
    this.joined.set(left, right, created);
    return created;
  }

  private write(value: number): void {
    if (this.slotCount === this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2);
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[this.slotCount++] = value;
  }
}
