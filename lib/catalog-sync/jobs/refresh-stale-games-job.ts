import "server-only";

import { z } from "zod";

import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getCatalogDb } from "@/lib/catalog/db";
import { getEnv } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";

import { getIgdbConnection } from "../igdb-connection";
import { refreshStaleGames } from "../refresh-stale-games";

/**
 * Hourly: the stalest games (5,000 ids is one versions request) checked against IGDB; changed ones are
 * rewritten, deleted ones removed, all through the write queue, which fans out to every instance.
 * Scheduled once per deployment, so N instances do not refresh N times.
 */
export const refreshStaleGamesJob = defineJob({
  name: "catalog.refresh-stale",
  queue: "catalog",
  schema: z.object({ limit: z.number().int().min(1).max(100_000).default(5_000) }),
  options: { attempts: 3, backoff: { type: "exponential", delayMs: 60_000 }, repeat: { cron: "17 * * * *" } },
  dedupeKey: () => "catalog.refresh-stale",
  async handle({ limit }, context) {
    const { client } = await getIgdbConnection();
    const result = await refreshStaleGames(getCatalogDb(), client, getCatalogWriteQueue(), {
      olderThanMs: getEnv().IGDB_REFRESH_AFTER_HOURS * 3_600_000,
      limit,
      onProgress: (checked, total) => void context.progress({ checked, total, percent: total ? Math.round((100 * checked) / total) : 100 }),
    });
    await context.log(`checked ${result.checked}, rewrote ${result.changed}, removed ${result.removed} in ${Math.round(result.ms)} ms`);
    return { checked: result.checked, changed: result.changed, removed: result.removed, ms: Math.round(result.ms) };
  },
});
