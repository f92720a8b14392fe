import "server-only";

import { Counter, type Registry } from "prom-client";

import type { EventBusStats } from "@/lib/events/event-bus";
import { peekEventBus } from "@/lib/events/get-event-bus";

import { memoizeFailOpen } from "../memoize-fail-open";
import { METRIC } from "../metric-names";
import { mirrorCounter } from "../mirror-counter";
import { statsGauges } from "../stats-gauge";

// The backlog is a database query: reuse an answer for 2 s, give up after 1 s.
const READ = { ttlMs: 2_000, timeoutMs: 1_000 };

/** The store event relay: outbox lag and backlog, events published by transport. Never starts the bus. */
export function registerEventMetrics(registry: Registry): void {
  const read = memoizeFailOpen("event relay stats", async () => (await peekEventBus()?.stats()) ?? null, READ);
  const gauge = statsGauges<EventBusStats>(registry, read);
  gauge(
    METRIC.outboxLag,
    "Age of the oldest store event not yet published from the outbox (0 when none waits)",
    (s) => (s.oldestUnpublishedMs ?? 0) / 1000,
  );
  gauge(METRIC.outboxUnpublished, "Store events in the outbox not yet published (all instances)", (s) => s.unpublished);
  const published: Counter<"transport"> = new Counter({
    name: METRIC.eventsPublished,
    help: "Store events this process's relay published, by transport (rabbitmq, redis, in-process)",
    labelNames: ["transport"],
    registers: [registry],
    collect: async () => {
      const stats = await read();
      mirrorCounter(published, stats ? [[{ transport: stats.transport }, stats.published]] : []);
    },
  });
}
