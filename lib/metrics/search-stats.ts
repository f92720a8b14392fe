// Searches answered per source and how many shared another request's upstream work, counted by
// searchGames() (plain numbers, as lib/cache/cache-stats.ts keeps; the metrics registry reads them).
import { processSingleton } from "@/lib/process-singleton";

export interface SearchStats {
  cache: number;
  database: number;
  igdb: number;
  deduplicated: number;
}

export const searchStats: SearchStats = processSingleton("questlogSearchStats", () => ({
  cache: 0,
  database: 0,
  igdb: 0,
  deduplicated: 0,
}));

/** O(1); called once per answered search. */
export function recordSearch(meta: { source: "cache" | "database" | "igdb"; deduplicated?: boolean }): void {
  searchStats[meta.source]++;
  if (meta.deduplicated) searchStats.deduplicated++;
}
