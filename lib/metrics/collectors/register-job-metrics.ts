import "server-only";

import { Gauge, type Registry } from "prom-client";

import { peekJobSystem } from "@/lib/jobs/get-job-system";
import type { JobState, QueueStats } from "@/lib/jobs/types";

import { memoizeFailOpen } from "../memoize-fail-open";
import { METRIC } from "../metric-names";

const STATES: readonly JobState[] = ["waiting", "active", "delayed", "completed", "failed"];
// Queue stats cost a few Redis round trips with BullMQ: reuse an answer for 2 s, give up after 1 s.
const READ = { ttlMs: 2_000, timeoutMs: 1_000 };

type Fill<L extends string> = (gauge: Gauge<L>, stats: QueueStats[]) => void;

/** Job queues: counts by state, throughput, dead letters, pause, oldest waiting. Never creates the job system. */
export function registerJobMetrics(registry: Registry): void {
  const read = memoizeFailOpen("job queue stats", async () => (await peekJobSystem()?.queueStats()) ?? null, READ);
  // Each gauge is rebuilt from the shared read, so a queue that vanished leaves no stale series.
  const gauge = <L extends string>(name: string, help: string, labelNames: L[], fill: Fill<L>) => {
    const g: Gauge<L> = new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [registry],
      collect: async () => {
        const stats = await read();
        g.reset();
        if (stats) fill(g, stats);
      },
    });
  };
  const up: Gauge = new Gauge({
    name: METRIC.jobStatsUp,
    help: "1 when this process could read its job queues' stats; at 0 the per-queue questlog_job* series are absent",
    registers: [registry],
    collect: async () => up.set((await read()) ? 1 : 0),
  });
  gauge(METRIC.jobs, "Jobs by queue and state", ["queue", "state"], (g, stats) => {
    for (const q of stats) for (const state of STATES) g.set({ queue: q.queue, state }, q.counts[state]);
  });
  const perQueue = (name: string, help: string, value: (q: QueueStats) => number) =>
    gauge(name, help, ["queue"], (g, stats) => stats.forEach((q) => g.set({ queue: q.queue }, value(q))));
  perQueue(METRIC.jobsCompletedLastMinute, "Jobs completed in the last minute, by queue", (q) => q.completedLastMinute);
  perQueue(METRIC.jobDeadLetters, "Jobs that failed for good and wait in the dead-letter list, by queue", (q) => q.deadLetters);
  perQueue(METRIC.jobQueuePaused, "1 when the queue is paused", (q) => (q.paused ? 1 : 0));
  perQueue(METRIC.jobOldestWaiting, "Age of the oldest waiting job, by queue (0 when none waits)", (q) => (q.oldestWaitingMs ?? 0) / 1000);
}
