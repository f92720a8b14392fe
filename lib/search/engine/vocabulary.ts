// The term dictionary. Ids are assigned in order of term length so that fuzzy matching can restrict a
// bigram posting list to "terms of length n±k" with two binary searches instead of scanning it.
import { codeUnitOrder, radixOrder } from "./radix-order";

/** What a term is in some title: a plain token, or two / three adjacent tokens written together. */
export const TermKind = {
  token: 1,
  pair: 2,
  triple: 4,
} as const;

export class Vocabulary {
  private constructor(
    private readonly terms: string[],
    /** The builder's map (term → collection index), reused rather than rebuilt: it holds every term. */
    private readonly collectedIds: Map<string, number>,
    private readonly finalId: Int32Array,
    /** Bit set of TermKind per term id (a string can be a token in one title and a compound in another). */
    readonly kinds: Uint8Array,
    /** lengthStart[n] is the first id of a term of length ≥ n. */
    private readonly lengthStart: Int32Array,
    /** Term ids in code-unit order, for prefix ranges. */
    private readonly alphabetical: Int32Array,
  ) {}

  /**
   * Freezes collected terms into a dictionary: collected maps each term to its index i in terms, and
   * kinds[i] holds its TermKind bits. finalId maps each collection index to the term's id.
   */
  static build(
    collected: Map<string, number>,
    terms: string[],
    kinds: Uint8Array,
    maxLength: number,
  ): { vocabulary: Vocabulary; finalId: Int32Array } {
    const byLength = radixOrder(terms.length, 1, (i) => Math.min(terms[i]?.length ?? 0, maxLength + 1));
    // Filled by push in id order: `new Array(n)` of this size would be a slow dictionary-mode array.
    const ordered: string[] = [];
    const orderedKinds = new Uint8Array(terms.length);
    const finalId = new Int32Array(terms.length);
    const lengthStart = new Int32Array(maxLength + 3).fill(terms.length);
    for (let id = 0; id < terms.length; id++) {
      const collected = byLength[id] ?? 0;
      const term = terms[collected] ?? "";
      ordered.push(term);
      orderedKinds[id] = kinds[collected] ?? 0;
      finalId[collected] = id;
      for (let n = Math.min(term.length, maxLength + 1); n >= 0 && (lengthStart[n] ?? 0) > id; n--) lengthStart[n] = id;
    }
    const vocabulary = new Vocabulary(ordered, collected, finalId, orderedKinds, lengthStart, codeUnitOrder(ordered));
    return { vocabulary, finalId };
  }

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, or -1 when no title holds it. */
  idOf(term: string): number {
    const collected = this.collectedIds.get(term);
    return collected === undefined ? -1 : (this.finalId[collected] ?? -1);
  }

  termOf(id: number): string {
    return this.terms[id] ?? "";
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
   * (the prefix itself included); read them with alphabeticalAt().
   */
  prefixRange(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(prefix + "\uffff")];
  }

  alphabeticalAt(position: number): number {
    return this.alphabetical[position] ?? 0;
  }

  private lowerBound(text: string): number {
    const order = this.alphabetical;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.termOf(order[mid] ?? 0) < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

