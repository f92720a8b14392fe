// Per-document data kept in typed arrays indexed by document position (not games.id): titles as term ids,
// popularity, filter values and precomputed sort ranks. Strings are not kept, which keeps the heap small.

export class DocumentStore {
  constructor(
    readonly ids: Float64Array,
    /** 0..1 (the importer's 0..100 scaled). */
    readonly popularity: Float32Array,
    /**
     * Titles of document d are title indexes docTitleStart[d] .. docTitleStart[d+1]; the first is the
     * display name, abbreviations come last. A title of m tokens starting at s = titleStart[t] holds in titleTerms its tokens at
     * [s, s+m), its pair compounds (token j + token j+1) at [s+m, s+2m-1) and its triple compounds at
     * [s+2m-1, s+3m-3): re-ranking sees "Pac-Man" matched by "pacman" without building strings.
     */
    readonly docTitleStart: Int32Array,
    readonly titleStart: Int32Array,
    readonly titleLength: Uint16Array,
    readonly titleTerms: Int32Array,
    /** TitleKind per title: display name, alternative title or abbreviation (see title-kind.ts). */
    readonly titleKind: Uint8Array,
    /** Token count of the document's shortest title: a cheap "how specific is this match" prior. */
    readonly shortestTitle: Uint16Array,
    private readonly platformStart: Int32Array,
    private readonly platformIds: Int32Array,
    private readonly yearStart: Int32Array,
    private readonly years: Int16Array,
    /** Position of each document in the popularity / release date / name orders (0 = first shown). */
    readonly popularityRank: Int32Array,
    readonly releaseRank: Int32Array,
    readonly nameRank: Int32Array,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /** True when the document has a release on one of the platforms. */
  onAnyPlatform(doc: number, platformIds: readonly number[]): boolean {
    for (const id of platformIds) if (contains(this.platformIds, this.platformStart, doc, id)) return true;
    return false;
  }

  /** True when the document has a release in the year. */
  releasedIn(doc: number, year: number): boolean {
    return contains(this.years, this.yearStart, doc, year);
  }

  /** True when the document has a release on the platform (when given) and in the year (when given). */
  passesFilters(doc: number, platformId: number | undefined, year: number | undefined): boolean {
    if (platformId !== undefined && !contains(this.platformIds, this.platformStart, doc, platformId)) return false;
    if (year !== undefined && !contains(this.years, this.yearStart, doc, year)) return false;
    return true;
  }
}

function contains(values: Int32Array | Int16Array, start: Int32Array, doc: number, wanted: number): boolean {
  const end = start[doc + 1] ?? 0;
  for (let i = start[doc] ?? 0; i < end; i++) if (values[i] === wanted) return true;
  return false;
}

/** Packs per-document number lists (platforms, years) into one flat array plus offsets. */
export function packLists<T extends Int32Array | Int16Array>(
  lists: number[][],
  make: (length: number) => T,
): { start: Int32Array; values: T } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, d) => (start[d + 1] = (start[d] ?? 0) + list.length));
  const values = make(start[lists.length] ?? 0);
  lists.forEach((list, d) => values.set(list, start[d] ?? 0));
  return { start, values };
}
