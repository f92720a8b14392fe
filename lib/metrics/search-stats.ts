// Searches answered per source and how many shared another request's upstream work, counted by
// searchGames() (plain numbers, as lib/cache/cache-stats.ts keeps; the metrics registry reads them).
export interface SearchStats {
  cache: number;
  database: number;
  igdb: number;
  deduplicated: number;
}

const globalForStats = globalThis as unknown as { questlogSearchStats?: SearchStats };

export const searchStats: SearchStats = (globalForStats.questlogSearchStats ??= { cache: 0, database: 0, igdb: 0, deduplicated: 0 });

/** O(1); called once per answered search. */
export function recordSearch(meta: { source: "cache" | "database" | "igdb"; deduplicated?: boolean }): void {
  searchStats[meta.source]++;
  if (meta.deduplicated) searchStats.deduplicated++;
}
