// The term dictionary. Ids are assigned in order of term length so that fuzzy matching can restrict a
// bigram posting list to "terms of length n±k" with two binary searches instead of scanning it.

/** What a term is in some title: a plain token, or two / three adjacent tokens written together. */
export const TermKind = {
  token: 1,
  pair: 2,
  triple: 4,
} as const;

export class Vocabulary {
  private constructor(
    private readonly terms: string[],
    private readonly ids: Map<string, number>,
    /** Bit set of TermKind per term id (a string can be a token in one title and a compound in another). */
    readonly kinds: Uint8Array,
    /** lengthStart[n] is the first id of a term of length ≥ n. */
    private readonly lengthStart: Int32Array,
    /** Term ids in code-unit order, for prefix ranges. */
    private readonly alphabetical: Int32Array,
  ) {}

  /** Freezes the collected terms (term → TermKind bits) into a dictionary. */
  static build(termKinds: Map<string, number>, maxLength: number): Vocabulary {
    const buckets: string[][] = Array.from({ length: maxLength + 2 }, () => []);
    for (const term of termKinds.keys()) buckets[Math.min(term.length, maxLength + 1)]?.push(term);
    const terms: string[] = [];
    const lengthStart = new Int32Array(maxLength + 3);
    for (let n = 0; n < buckets.length; n++) {
      lengthStart[n] = terms.length;
      for (const term of buckets[n] ?? []) terms.push(term);
    }
    lengthStart[buckets.length] = terms.length;

    const ids = new Map<string, number>();
    const kinds = new Uint8Array(terms.length);
    terms.forEach((term, id) => {
      ids.set(term, id);
      kinds[id] = termKinds.get(term) ?? 0;
    });
    const alphabetical = Int32Array.from(terms.keys());
    alphabetical.sort((a, b) => {
      const x = terms[a] ?? "";
      const y = terms[b] ?? "";
      return x < y ? -1 : x > y ? 1 : 0;
    });
    return new Vocabulary(terms, ids, kinds, lengthStart, alphabetical);
  }

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, or -1 when no title holds it. */
  idOf(term: string): number {
    return this.ids.get(term) ?? -1;
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
