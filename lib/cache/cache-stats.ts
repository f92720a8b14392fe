// Hit/miss counters per kind, for /api/metrics and the admin overview (prom-client wraps these later).
import { processSingleton } from "@/lib/process-singleton";

import type { CacheKind } from "./keys";

export interface KindStats {
  hits: number;
  staleHits: number;
  misses: number;
}

export const cacheStats: Record<CacheKind, KindStats> = processSingleton("questlogCacheStats", () => ({
  search: { hits: 0, staleHits: 0, misses: 0 },
  game: { hits: 0, staleHits: 0, misses: 0 },
  negative: { hits: 0, staleHits: 0, misses: 0 },
}));
