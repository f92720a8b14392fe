import "server-only";

import { refreshStaleGamesJob } from "@/lib/catalog-sync/jobs/refresh-stale-games-job";
import { syncPopularGamesJob } from "@/lib/catalog-sync/jobs/sync-popular-games-job";
import type { AnyJobDefinition, QueueOptions } from "@/lib/jobs/types";
import { searchRollupJob } from "@/lib/search-analytics/search-rollup-job";

// Every job the workers run, and how each queue runs. Catalog jobs run one at a time: they share IGDB's
// 4 requests/s, which the IGDB client's limiter enforces anyway.
export const JOB_DEFINITIONS: readonly AnyJobDefinition[] = [syncPopularGamesJob, refreshStaleGamesJob, searchRollupJob];

export const QUEUE_OPTIONS: Record<string, QueueOptions> = {
  catalog: { concurrency: 1 },
  analytics: { concurrency: 1 },
};
