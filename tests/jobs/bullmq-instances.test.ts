// What only the BullMQ runner can show: several instances on one Redis. Each system here stands for a
// separate server process (its own connections), sharing this file's key prefix.
import { randomUUID } from "node:crypto";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { BullmqJobSystem } from "@/lib/jobs/bullmq/bullmq-job-system";
import { defineJob } from "@/lib/jobs/define-job";
import { logger } from "@/lib/log/logger";

import { TEST_REDIS_URL } from "../support/test-redis";
import { deleteKeys, enqueueWatched, recordingJob, uniqueQueue, waitFor, waitForDeadLetters } from "./job-test-helpers";

const prefix = `ql:test-jobs:${randomUUID()}`;
const opened: BullmqJobSystem[] = [];
const instance = () => {
  const system = new BullmqJobSystem({ redisUrl: TEST_REDIS_URL, prefix });
  opened.push(system);
  return system;
};

beforeAll(() => {
  for (const level of ["error", "warn", "info"] as const) vi.spyOn(logger, level).mockImplementation(() => {});
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close(1_000)));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await deleteKeys(TEST_REDIS_URL, prefix);
});

describe("BullMQ runner across instances", () => {
  it("runs a cron schedule once per deployment, however many instances register it, and drops it when a deploy removes it", async () => {
    const queue = uniqueQueue("cron");
    const runs: string[] = [];
    const tick = (repeat: boolean) =>
      defineJob({
        name: "tick",
        queue,
        schema: z.object({}),
        options: repeat ? { repeat: { cron: "* * * * * *" } } : {},
        async handle(_data, { id }) {
          runs.push(id);
        },
      });
    const [a, b] = [instance(), instance()];
    await a.startWorkers([tick(true)], { [queue]: { concurrency: 1 } });
    await b.startWorkers([tick(true)], { [queue]: { concurrency: 1 } });
    await waitFor(() => runs.length >= 2, { timeoutMs: 4_000, what: "two cron runs" });
    expect(new Set(runs).size).toBe(runs.length); // no run twice, though both instances work the queue
    const times = runs.map((id) => Number(id.split(":").at(-1)));
    expect(runs[0]).toMatch(new RegExp(`^${queue}:repeat:tick:\\d+$`));
    times.forEach((t) => expect(t % 1_000).toBe(0));
    expect(times[1]! - times[0]!).toBe(1_000);

    // The next deploy no longer schedules it: the schedule and its pending run go.
    const c = instance();
    await c.startWorkers([tick(false)], { [queue]: { concurrency: 1 } });
    const { jobs } = await c.listJobs(queue, { states: ["delayed", "waiting"] });
    expect(jobs).toEqual([]);
  });

  it("streams events of a job another instance runs, and shares dead letters across instances", async () => {
    const queue = uniqueQueue("shared");
    let fail = true;
    const { job, attempts } = recordingJob(
      queue,
      async (_data, { progress }) => {
        await progress(75);
        if (fail) throw new Error("worker-side failure");
        return "done";
      },
      { attempts: 1 },
    );
    const web = instance(); // enqueues and watches; runs no workers
    const worker = instance();
    await worker.startWorkers([job], { [queue]: { concurrency: 1 } });
    const { id, seen, until } = await enqueueWatched(web, job, { n: 5 });
    await until("failed");
    expect(seen).toEqual([
      { type: "state", id, state: "active", attemptsMade: 0 },
      { type: "progress", id, progress: 75 },
      { type: "state", id, state: "failed", attemptsMade: 1, failedReason: "worker-side failure" },
    ]);

    const [letter] = await waitForDeadLetters(web, queue);
    expect(letter!.job).toMatchObject({ id, state: "failed", progress: 75 });
    expect((await web.queueStats()).find((s) => s.queue === queue)).toMatchObject({ deadLetters: 1, counts: { failed: 1 } });
    fail = false;
    // The web instance never registered the definition: the letter carries its own retry policy.
    const requeued = await web.requeueDeadLetter(letter!.id);
    await waitFor(async () => (await web.getJob(requeued!))?.state === "completed");
    expect(attempts.map((a) => a.id)).toEqual([id, requeued]);
    expect(await worker.listDeadLetters()).toEqual([]);
  });

  it("closes promptly when nothing is running, and refuses new jobs afterwards", async () => {
    const system = instance();
    const queue = uniqueQueue("idle");
    const { job } = recordingJob(queue);
    await system.startWorkers([job], { [queue]: { concurrency: 3 } });
    const began = Date.now();
    await system.close(5_000);
    expect(Date.now() - began).toBeLessThan(1_000);
    await expect(system.enqueue(job, { n: 1 })).rejects.toThrow("closed");
  });
});
