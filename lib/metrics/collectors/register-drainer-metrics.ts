import "server-only";

import { Counter, Gauge, type Registry } from "prom-client";

import type { WriteQueueStats } from "@/lib/catalog-writes/catalog-write";
import { peekCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";

import { memoizeFailOpen } from "../memoize-fail-open";
import { METRIC } from "../metric-names";
import { mirrorCounter } from "../mirror-counter";
import { statsGauges } from "../stats-gauge";

// With Redis the depth is read from the stream: reuse an answer for 2 s, give up after 1 s.
const READ = { ttlMs: 2_000, timeoutMs: 1_000 };

/** The catalog write drainer: depth, lag, applied/dead/rejected. Never creates the write queue. */
export function registerDrainerMetrics(registry: Registry): void {
  const read = memoizeFailOpen("catalog write queue stats", async () => (await peekCatalogWriteQueue()?.stats()) ?? null, READ);
  const gauge = statsGauges<WriteQueueStats>(registry, read);
  const counter = (name: string, help: string, value: (s: WriteQueueStats) => number) => {
    const c: Counter = new Counter({
      name,
      help,
      registers: [registry],
      collect: async () => {
        const stats = await read();
        mirrorCounter(c, stats ? [[{}, value(stats)]] : []);
      },
    });
  };
  const up: Gauge = new Gauge({
    name: METRIC.writesUp,
    help: "1 when this process has a catalog write queue whose stats could be read; at 0 the other questlog_catalog_writes_* series read 0",
    registers: [registry],
    collect: async () => up.set((await read()) ? 1 : 0),
  });
  gauge(METRIC.writesDepth, "Catalog writes waiting to be applied by this instance", (s) => s.depth);
  gauge(METRIC.writesCapacity, "Catalog writes this process may hold before rejecting new ones", (s) => s.capacity);
  gauge(
    METRIC.writesOldestWaiting,
    "Age of the oldest catalog write not yet applied (0 when none)",
    (s) => (s.oldestWaitingMs ?? 0) / 1000,
  );
  const lag: Gauge<"quantile"> = new Gauge({
    name: METRIC.writesLag,
    help: "Enqueue → applied lag over the last 1,000 writes this process enqueued",
    labelNames: ["quantile"],
    registers: [registry],
    collect: async () => {
      const stats = await read();
      lag.reset();
      if (stats?.lagP50Ms != null) lag.set({ quantile: "0.5" }, stats.lagP50Ms / 1000);
      if (stats?.lagP99Ms != null) lag.set({ quantile: "0.99" }, stats.lagP99Ms / 1000);
    },
  });
  counter(METRIC.writesApplied, "Catalog writes applied to this instance's replica", (s) => s.applied);
  counter(METRIC.writesDead, "Catalog writes dead-lettered after their retries", (s) => s.dead);
  counter(METRIC.writesRejected, "Catalog writes rejected because the queue was full or closing", (s) => s.rejected);
  counter(METRIC.writesBatches, "Drainer transactions committed", (s) => s.batches);
}
