// The term dictionary. Ids are assigned in order of term length so that fuzzy matching can restrict a
// bigram posting list to "terms of length n±k" with two binary searches instead of scanning it.
import { codeUnitOrder, radixOrder } from "./radix-order";
import type { TermTable } from "./term-table";

/**
 * What a term is in some title: a plain token, or two / three adjacent tokens written together; alias is
 * any of those in an abbreviation ("ff", "6", "ff6"), which is matched exactly, never completed or corrected.
 */
export const TermKind = {
  token: 1,
  pair: 2,
  triple: 4,
  alias: 8,
} as const;

export class Vocabulary {
  private constructor(
    /** Text by id; "" for three-word compounds, whose text is built on demand from the table. */
    private readonly terms: string[],
    private readonly table: TermTable,
    /** Term id of each collection index, and back. */
    private readonly finalId: Int32Array,
    private readonly collectedOf: Int32Array,
    /** Bit set of TermKind per term id (a string can be a token in one title and a compound in another). */
    readonly kinds: Uint8Array,
    /** lengthStart[n] is the first id of a term of length ≥ n. */
    private readonly lengthStart: Int32Array,
    /** Ids of the words and pair compounds in code-unit order, for prefix ranges. */
    private readonly alphabetical: Int32Array,
  ) {}

  /**
   * Freezes the collected terms into a dictionary; kinds[i] holds the TermKind bits of collection index i.
   * finalId maps each collection index to the term's id.
   */
  static build(table: TermTable, kinds: Uint8Array, maxLength: number): { vocabulary: Vocabulary; finalId: Int32Array } {
    const n = table.size;
    // Words and pairs are read on every query (completions, typo lookup); three-word compounds never are.
    const everyday = (index: number) => ((kinds[index] ?? 0) & (TermKind.token | TermKind.pair)) !== 0;
    table.materialize(everyday);
    table.compact();
    const byLength = radixOrder(n, 1, (i) => Math.min(table.lengthOf(i), maxLength + 1));
    // Filled by push in id order: `new Array(n)` of this size would be a slow dictionary-mode array.
    const ordered: string[] = [];
    const orderedKinds = new Uint8Array(n);
    const finalId = new Int32Array(n);
    const lengthStart = new Int32Array(maxLength + 3).fill(n);
    const completable: string[] = [];
    const completableIds: number[] = [];
    for (let id = 0; id < n; id++) {
      const collected = byLength[id] ?? 0;
      const kind = kinds[collected] ?? 0;
      const term = everyday(collected) ? table.textOf(collected) : "";
      ordered.push(term);
      orderedKinds[id] = kind;
      finalId[collected] = id;
      const length = Math.min(table.lengthOf(collected), maxLength + 1);
      for (let k = length; k >= 0 && (lengthStart[k] ?? 0) > id; k--) lengthStart[k] = id;
      // Completions come from words and pairs ("megam" → "megaman"); three-word compounds stay out of the
      // alphabetical order, which halves its cost: nobody types "supermariowo" expecting a completion.
      if (term !== "") {
        completable.push(term);
        completableIds.push(id);
      }
    }
    const alphabetical = Int32Array.from(codeUnitOrder(completable), (i) => completableIds[i] ?? 0);
    const vocabulary = new Vocabulary(ordered, table, finalId, byLength, orderedKinds, lengthStart, alphabetical);
    return { vocabulary, finalId };
  }

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, or -1 when no title holds it. */
  idOf(term: string): number {
    const collected = this.table.find(term);
    return collected < 0 ? -1 : (this.finalId[collected] ?? -1);
  }

  termOf(id: number): string {
    const term = this.terms[id];
    if (term === undefined) return "";
    return term !== "" ? term : this.table.textOf(this.collectedOf[id] ?? 0);
  }

  /** Half-open id range of the terms whose length lies in [min, max]. */
  idRangeForLengths(min: number, max: number): [number, number] {
    const last = this.lengthStart.length - 1;
    const lo = this.lengthStart[Math.max(0, Math.min(min, last))] ?? 0;
    const hi = this.lengthStart[Math.max(0, Math.min(max + 1, last))] ?? this.terms.length;
    return [lo, hi];
  }

  /**
   * Half-open range of positions in alphabetical order holding the terms that start with prefix
   * (the prefix itself included); read them with alphabeticalAt(). Pass the range of a prefix of
   * `prefix` as `within` to search only inside it.
   */
  prefixRange(prefix: string, within: [number, number] = [0, this.alphabetical.length]): [number, number] {
    const from = this.lowerBound(prefix, within[0], within[1]);
    return [from, this.lowerBound(prefix + "\uffff", from, within[1])];
  }

  alphabeticalAt(position: number): number {
    return this.alphabetical[position] ?? 0;
  }

  private lowerBound(text: string, from: number, to: number): number {
    const order = this.alphabetical;
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.termOf(order[mid] ?? 0) < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
