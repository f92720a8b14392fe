// What the in-memory search engine answers; the documents it indexes are the catalog's (lib/catalog/search-document.ts).

/**
 * relevance: best match first; popularity: most popular first; release_date: newest first; name: A→Z;
 * price: cheapest first in the searcher's currency (SearchOptions.prices), games not for sale last.
 */
export type SearchSort = "relevance" | "popularity" | "release_date" | "name" | "price";

/**
 * The store's prices as the search engine sees them: each priced game's position in the price order
 * (0 = cheapest), never an amount, so no money crosses into the engine as a number. Built by the store
 * (lib/store/pricing/search-price-order.ts) for one currency.
 */
export interface PriceOrder {
  /** game id → rank by effective price, cheapest first. */
  ranks: ReadonlyMap<number, number>;
  /** Only games in `ranks` match (on_sale, max_price); otherwise they only order (sort=price). */
  only: boolean;
}

export interface SearchOptions {
  limit: number;
  offset: number;
  platformId?: number;
  year?: number;
  sort: SearchSort;
  /** Required by sort "price" (without it that sort falls back to popularity), and by the price filters. */
  prices?: PriceOrder;
}

export interface SearchHit {
  id: number;
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** All matches after filters, not just this page. */
  total: number;
  /** No game matched every significant word; these hits match all but one (a weak answer). */
  relaxed: boolean;
}
