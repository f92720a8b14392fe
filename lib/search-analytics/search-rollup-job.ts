import "server-only";

import { randomUUID } from "node:crypto";

import { z } from "zod";

import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getEnv } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";

import { rollUpSearchEvents } from "./roll-up-search-events";
import { getSearchEventLog } from "./search-event-log";

const PER_RUN = 50_000;

/**
 * Every minute: the searches recorded since the last run, rolled up per hour and written to every
 * replica through the catalog write queue, which also deletes rows older than the retention
 * (SEARCH_ANALYTICS_RETENTION_DAYS). Events taken by a run that then fails are lost (analytics, not
 * records); the write itself is retried by the queue.
 */
export const searchRollupJob = defineJob({
  name: "search.analytics-rollup",
  queue: "analytics",
  schema: z.object({}).default({}),
  options: { attempts: 3, backoff: { type: "exponential", delayMs: 2_000 }, repeat: { cron: "* * * * *" }, keepCompleted: 200 },
  dedupeKey: () => "search.analytics-rollup",
  async handle(_data, context) {
    const events = await getSearchEventLog().take(PER_RUN);
    if (events.length === 0) return { events: 0 };
    const pruneBefore = Date.now() - getEnv().SEARCH_ANALYTICS_RETENTION_DAYS * 24 * 3_600_000;
    const rollup = rollUpSearchEvents(randomUUID(), events, pruneBefore);
    const [status] = await getCatalogWriteQueue().write([{ kind: "search.rollup", rollup }]);
    await context.log(
      `${events.length} searches → ${rollup.queries.length} query rows, ${rollup.sources.length} source rows (${status?.state})`,
    );
    return { events: events.length, queries: rollup.queries.length, write: status?.state };
  },
});
