// The in-process runner's timings to the millisecond, under vitest's fake timers: the default backoff
// (2 s, 4 s, 8 s), delays, rate-limit windows and cron runs, without waiting for any of them.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";
import { InProcessJobSystem } from "@/lib/jobs/in-process/in-process-job-system";
import { logger } from "@/lib/log/logger";

import { failingJob, recordingJob } from "./job-test-helpers";

const T0 = Date.parse("2026-03-01T10:00:00.250Z");

/** A repeatable job on queue "cron" that records when it runs. */
function cronJob(name: string, repeat: { cron: string; timezone?: string }) {
  const runs: number[] = [];
  const job = defineJob({
    name,
    queue: "cron",
    schema: z.object({}),
    options: { repeat },
    async handle() {
      runs.push(Date.now());
    },
  });
  return { job, runs };
}

describe("in-process runner timings (fake timers)", () => {
  let system: InProcessJobSystem;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    for (const level of ["error", "warn", "info"] as const) vi.spyOn(logger, level).mockImplementation(() => {});
    system = new InProcessJobSystem();
  });
  afterEach(async () => {
    await system.close(0);
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("retries with the default exponential backoff: 2 s, 4 s, then 8 s, then dead-letters", async () => {
    const { job, attempts } = failingJob("timing", "still down", { attempts: 4 });
    await system.startWorkers([job], { timing: { concurrency: 1 } });
    const { id } = await system.enqueue(job, { n: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(await system.getJob(id)).toMatchObject({ state: "delayed", attemptsMade: 1, runAt: T0 + 2_000 });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(attempts.map((a) => a.at - T0)).toEqual([0, 2_000, 6_000, 14_000]);
    expect(await system.getJob(id)).toMatchObject({ state: "failed", attemptsMade: 4, finishedAt: T0 + 14_000 });
    expect(await system.listDeadLetters("timing")).toEqual([expect.objectContaining({ deadAt: T0 + 14_000 })]);
  });

  it("runs a delayed job exactly when its delay is up", async () => {
    const { job, attempts } = recordingJob("timing");
    await system.startWorkers([job], { timing: { concurrency: 1 } });
    await system.enqueue(job, { n: 1 }, { delayMs: 5_000 });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(attempts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts.map((a) => a.at - T0)).toEqual([5_000]);
  });

  it("starts at most max jobs in any window of the rate limit", async () => {
    const { job, attempts } = recordingJob("timing");
    await system.startWorkers([job], { timing: { concurrency: 10, rateLimit: { max: 2, durationMs: 1_000 } } });
    for (let n = 0; n < 5; n++) await system.enqueue(job, { n });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(attempts.map((a) => a.at - T0)).toEqual([0, 0, 1_000, 1_000, 2_000]);
    expect(attempts.map((a) => a.data.n)).toEqual([0, 1, 2, 3, 4]);
  });

  it("runs a cron job at each matching time, once, with the next run listed as a delayed job", async () => {
    const { job: tick, runs } = cronJob("tick", { cron: "* * * * * *" });
    await system.startWorkers([tick], { cron: { concurrency: 1 } });
    const first = T0 - 250 + 1_000; // the next whole second
    expect((await system.listJobs("cron")).jobs).toEqual([
      expect.objectContaining({ id: `cron:repeat:tick:${first}`, state: "delayed", runAt: first, data: {} }),
    ]);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(runs).toEqual([first, first + 1_000, first + 2_000]);
    const { jobs } = await system.listJobs("cron", { states: ["delayed"] });
    expect(jobs.map((j) => j.id)).toEqual([`cron:repeat:tick:${first + 3_000}`]);
  });

  it("refuses to remove a schedule's next run, as BullMQ does, so the schedule keeps running", async () => {
    const { job: tick, runs } = cronJob("tick", { cron: "* * * * * *" });
    await system.startWorkers([tick], { cron: { concurrency: 1 } });
    const [next] = (await system.listJobs("cron", { states: ["delayed"] })).jobs;
    expect(await system.removeJob(next!.id)).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toHaveLength(2);
    // A run that has finished is history, and may go.
    expect(await system.removeJob(next!.id)).toBe(true);
  });

  it("reads five-field patterns in the given time zone", async () => {
    const { job: daily, runs } = cronJob("daily", { cron: "30 12 * * *", timezone: "America/New_York" });
    await system.startWorkers([daily], { cron: { concurrency: 1 } });
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    // 12:30 in New York on 1 March 2026 (EST, UTC-5) is 17:30 UTC.
    expect(runs).toEqual([Date.parse("2026-03-01T17:30:00.000Z")]);
  });

  it("stops its timers on close: no retry or cron run fires afterwards", async () => {
    const { job, attempts } = failingJob("timing", "x", { attempts: 3 });
    await system.startWorkers([job], { timing: { concurrency: 1 } });
    await system.enqueue(job, { n: 1 });
    await vi.advanceTimersByTimeAsync(0);
    await system.close(1_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    await expect(system.enqueue(job, { n: 2 })).rejects.toThrow("closed");
  });
});
