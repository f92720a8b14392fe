// Every distinct term of the index (words, and two- and three-word compounds) keyed by a 64-bit
// polynomial hash of its text. The hash of "sim" + "city" is computed from the hashes of its parts, so the
// half million compounds of a 70k-game catalog are interned without building or hashing a string each:
// that was the largest cost of the index build. A compound that is also a word ("SimCity") meets it on
// the same key. Two 32-bit hashes with different bases make a collision among a few hundred thousand
// terms a one-in-a-billion event, and a collision could only merge two rare terms.

const BASE_A = 0x01000193;
const BASE_B = 0x5bd1e995;
const MAX_POWER = 256;
const POWER_A = new Int32Array(MAX_POWER);
const POWER_B = new Int32Array(MAX_POWER);
POWER_A[0] = 1;
POWER_B[0] = 1;
for (let i = 1; i < MAX_POWER; i++) {
  POWER_A[i] = Math.imul(POWER_A[i - 1] ?? 0, BASE_A);
  POWER_B[i] = Math.imul(POWER_B[i - 1] ?? 0, BASE_B);
}

export class TermTable {
  /** Slot → term index + 1 (0 = empty). */
  private slots = new Int32Array(1 << 16);
  private hashA = new Int32Array(1 << 15);
  private hashB = new Int32Array(1 << 15);
  private lengths = new Int32Array(1 << 15);
  /** Parts of a compound (term indexes), -1 for words. */
  private left = new Int32Array(1 << 15);
  private right = new Int32Array(1 << 15);
  /** Text of words, and of compounds once materialize() built it; "" otherwise. */
  private readonly texts: string[] = [];
  /** Repeated words skip hashing: most title words are common ones. */
  private readonly words = new Map<string, number>();

  get size(): number {
    return this.texts.length;
  }

  /** Index of a word, added when new. */
  addWord(word: string): number {
    const known = this.words.get(word);
    if (known !== undefined) return known;
    let a = 0;
    let b = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      a = (Math.imul(a, BASE_A) + code) | 0;
      b = (Math.imul(b, BASE_B) + code) | 0;
    }
    const index = this.insert(a, b, word.length, -1, -1, word);
    this.words.set(word, index);
    return index;
  }

  /** Index of the compound "text of left" + "text of right", added when new. */
  addCompound(left: number, right: number): number {
    const shift = Math.min(this.lengths[right] ?? 0, MAX_POWER - 1);
    const a = (Math.imul(this.hashA[left] ?? 0, POWER_A[shift] ?? 0) + (this.hashA[right] ?? 0)) | 0;
    const b = (Math.imul(this.hashB[left] ?? 0, POWER_B[shift] ?? 0) + (this.hashB[right] ?? 0)) | 0;
    return this.insert(a, b, (this.lengths[left] ?? 0) + (this.lengths[right] ?? 0), left, right, "");
  }

  /** Index of a term by its text, or -1. */
  find(text: string): number {
    const known = this.words.get(text);
    if (known !== undefined) return known;
    let a = 0;
    let b = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = (Math.imul(a, BASE_A) + code) | 0;
      b = (Math.imul(b, BASE_B) + code) | 0;
    }
    const mask = this.slots.length - 1;
    for (let slot = TermTable.slotOf(a, b) & mask; ; slot = (slot + 1) & mask) {
      const stored = (this.slots[slot] ?? 0) - 1;
      if (stored < 0) return -1;
      if (this.hashA[stored] === a && this.hashB[stored] === b) return stored;
    }
  }

  lengthOf(index: number): number {
    return this.lengths[index] ?? 0;
  }

  /** Text of a term; compounds not materialized are built on demand (rare: only three-word ones). */
  textOf(index: number): string {
    const text = this.texts[index] ?? "";
    if (text !== "" || (this.left[index] ?? -1) < 0) return text;
    return this.textOf(this.left[index] ?? 0) + this.textOf(this.right[index] ?? 0);
  }

  /** Builds and keeps the text of the terms for which wanted(index) holds (those read on every query). */
  materialize(wanted: (index: number) => boolean): void {
    for (let index = 0; index < this.texts.length; index++) {
      if (this.texts[index] === "" && wanted(index)) this.texts[index] = this.textOf(index);
    }
  }

  /** Trims the columns to the terms held, once no more are added (they grow by doubling). */
  compact(): void {
    const size = this.texts.length;
    this.hashA = this.hashA.slice(0, size);
    this.hashB = this.hashB.slice(0, size);
    this.lengths = this.lengths.slice(0, size);
    this.left = this.left.slice(0, size);
    this.right = this.right.slice(0, size);
  }

  private insert(a: number, b: number, length: number, left: number, right: number, text: string): number {
    const mask = this.slots.length - 1;
    let slot = TermTable.slotOf(a, b) & mask;
    for (;;) {
      const stored = (this.slots[slot] ?? 0) - 1;
      if (stored < 0) break;
      if (this.hashA[stored] === a && this.hashB[stored] === b) {
        // The same text reached as a word and as a compound: keep the word's text.
        if (text !== "" && this.texts[stored] === "") this.texts[stored] = text;
        return stored;
      }
      slot = (slot + 1) & mask;
    }
    const index = this.texts.length;
    if (index >= this.hashA.length) this.growColumns();
    this.hashA[index] = a;
    this.hashB[index] = b;
    this.lengths[index] = length;
    this.left[index] = left;
    this.right[index] = right;
    this.texts.push(text);
    this.slots[slot] = index + 1;
    if (2 * this.texts.length > this.slots.length) this.rehash();
    return index;
  }

  private growColumns(): void {
    const grow = (column: Int32Array) => {
      const grown = new Int32Array(Math.max(1024, column.length * 2));
      grown.set(column);
      return grown;
    };
    this.hashA = grow(this.hashA);
    this.hashB = grow(this.hashB);
    this.lengths = grow(this.lengths);
    this.left = grow(this.left);
    this.right = grow(this.right);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let index = 0; index < this.texts.length; index++) {
      let slot = TermTable.slotOf(this.hashA[index] ?? 0, this.hashB[index] ?? 0) & mask;
      while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = index + 1;
    }
  }

  private static slotOf(a: number, b: number): number {
    return (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  }
}
