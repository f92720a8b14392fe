import "server-only";

import { z } from "zod";

import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getCatalogDb } from "@/lib/catalog/db";
import { getEnv } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";

import { getIgdbConnection } from "../igdb-connection";
import { syncPopularGames } from "../sync-popular-games";

/**
 * Nightly: IGDB's most popular games into every replica, plus fresh popularity for the ones we hold.
 * Only games changed upstream are rewritten; a retry resumes from the run's checkpoint.
 */
export const syncPopularGamesJob = defineJob({
  name: "catalog.sync-popular",
  queue: "catalog",
  schema: z.object({ count: z.number().int().min(1).max(500_000).optional(), fresh: z.boolean().default(false) }),
  options: { attempts: 3, backoff: { type: "exponential", delayMs: 5 * 60_000 }, repeat: { cron: "30 3 * * *" } },
  dedupeKey: () => "catalog.sync-popular",
  async handle({ count, fresh }, context) {
    const { client } = await getIgdbConnection();
    const result = await syncPopularGames(getCatalogDb(), client, getCatalogWriteQueue(), {
      count: count ?? getEnv().IGDB_SYNC_POPULAR_COUNT,
      fresh,
      onProgress: (p) =>
        void context.progress({
          phase: p.phase,
          done: p.done,
          total: p.total,
          percent: p.total ? Math.round((100 * p.done) / p.total) : 0,
        }),
    });
    await context.log(`${result.ranked} ranked, ${result.written} written, ${result.unchanged} current, ${result.missing} missing`);
    return { ...result, ms: Math.round(result.ms) };
  },
});
