// The base index is built from the whole catalog at start (about a second); games written afterwards
// (IGDB leg, sync, refresh) go into a small overlay index rebuilt on each write in milliseconds. A search
// asks both and merges by score; the overlay shadows the base's stale copy of a game it holds. Past
// OVERLAY_LIMIT documents the base is rebuilt from the catalog and the overlay starts empty again.
import type { SearchDocument } from "@/lib/catalog/search-document";

import { SearchIndex } from "./search-index";
import type { SearchHit, SearchOptions, SearchOutcome } from "./types";

const OVERLAY_LIMIT = 2_000;

export class LiveSearchIndex {
  private overlay: SearchIndex | null = null;
  private readonly overlayDocs = new Map<number, SearchDocument>();
  /** Ids whose base copy must not be returned: rewritten (in the overlay) or deleted. */
  private readonly shadowed = new Set<number>();
  private changes = 0;

  constructor(
    private base: SearchIndex,
    private readonly loadAll: () => SearchDocument[],
  ) {}

  get size(): number {
    return this.base.size + this.overlayDocs.size;
  }

  get overlaySize(): number {
    return this.overlayDocs.size;
  }

  /** Counts the changes made since start: an answer remembered at one generation is stale at the next. */
  get generation(): number {
    return this.changes;
  }

  /** Titles of a game written since the base was built (display name first); undefined for base games. */
  overlayTitles(id: number): readonly string[] | undefined {
    return this.overlayDocs.get(id)?.titles;
  }

  /** Adds or replaces games; visible to the next search. */
  upsert(documents: readonly SearchDocument[]): void {
    for (const doc of documents) {
      this.overlayDocs.set(doc.id, doc);
      this.shadowed.add(doc.id);
    }
    this.refresh();
  }

  remove(ids: readonly number[]): void {
    for (const id of ids) {
      this.overlayDocs.delete(id);
      this.shadowed.add(id);
    }
    this.refresh();
  }

  /** Merged by score: exact for relevance; for the other sorts the (small, transient) overlay's games are
   *  placed by text match rather than by their sort key until the next base rebuild. */
  search(query: string, options: SearchOptions): SearchOutcome {
    if (!this.overlay && this.shadowed.size === 0) return this.base.search(query, options);
    const window = { ...options, offset: 0, limit: options.offset + options.limit };
    const base = this.base.search(query, window);
    const baseHits = base.hits.filter((h) => !this.shadowed.has(h.id));
    const extra = this.overlay?.search(query, window) ?? { hits: [] as SearchHit[], total: 0, relaxed: false };
    // A strict match anywhere beats relaxed matches elsewhere, as within one index.
    const useBase = base.total > 0 && (!base.relaxed || extra.total === 0 || extra.relaxed);
    const useOverlay = extra.total > 0 && (!extra.relaxed || base.total === 0 || base.relaxed);
    // By price the store's order is known for every game, overlay or not: merged by it, not by text match.
    const ranks = options.sort === "price" ? options.prices?.ranks : undefined;
    const byRank = (id: number) => ranks?.get(id) ?? Number.MAX_SAFE_INTEGER;
    const hits = [...(useBase ? baseHits : []), ...(useOverlay ? extra.hits : [])].sort((a, b) =>
      ranks ? byRank(a.id) - byRank(b.id) : b.score - a.score,
    );
    const hidden = base.hits.length - baseHits.length;
    const total = (useBase ? base.total - hidden : 0) + (useOverlay ? extra.total : 0);
    return {
      hits: hits.slice(options.offset, options.offset + options.limit),
      total: Math.max(total, 0),
      relaxed: total > 0 && (useBase ? base.relaxed : true) && (useOverlay ? extra.relaxed : true),
    };
  }

  private refresh(): void {
    this.changes++;
    if (this.overlayDocs.size > OVERLAY_LIMIT) {
      this.base = SearchIndex.build(this.loadAll(), this.base.buildOptions);
      this.overlayDocs.clear();
      this.shadowed.clear();
      this.overlay = null;
      return;
    }
    // In id order, like the base (built from SQLite in rowid order): equal scores are ranked by position in
    // the index, so every instance, whichever order its writes arrived in, gives the same answer.
    this.overlay =
      this.overlayDocs.size > 0
        ? SearchIndex.build(
            [...this.overlayDocs.values()].sort((a, b) => a.id - b.id),
            this.base.buildOptions,
          )
        : null;
  }
}
