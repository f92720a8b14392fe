// One behavioural contract, run against both runners (in-process, and BullMQ on the real Redis): what
// one runner does, the other does. Real timers with short delays, so both are measured the same way;
// the in-process runner's exact default timings (2 s / 4 s / 8 s, cron) are in-process-timing.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";

import { PermanentJobError } from "@/lib/jobs/errors";
import type { JobEvent, JobSystem } from "@/lib/jobs/types";
import { logger } from "@/lib/log/logger";

import { describeJobAdmin } from "./job-system-admin-contract";
import { enqueueWatched, failingJob, recordingJob, uniqueQueue, waitFor, waitForDeadLetters, work } from "./job-test-helpers";

export type OpenJobSystem = () => Promise<JobSystem>;

export function describeJobSystem(kind: "in-process" | "bullmq", open: OpenJobSystem) {
  describe(`job system: ${kind}`, () => {
    const opened: JobSystem[] = [];
    const start = async () => {
      const system = await open();
      opened.push(system);
      expect(system.kind).toBe(kind);
      return system;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close(1_000)));
    });
    // Failures are the point of many cases here; their log lines would only bury the test report.
    let errorLog: ReturnType<typeof vi.spyOn>;
    beforeAll(() => {
      errorLog = vi.spyOn(logger, "error").mockImplementation(() => {});
      vi.spyOn(logger, "warn").mockImplementation(() => {});
      vi.spyOn(logger, "info").mockImplementation(() => {});
    });
    afterAll(() => vi.restoreAllMocks());
    const state = (system: JobSystem, id: string) => async () => (await system.getJob(id))?.state;

    it("enqueues with a public <queue>:<id> id, validates the payload, and runs the job to completion", async () => {
      const system = await start();
      const queue = uniqueQueue("basic");
      const { job, attempts } = recordingJob(queue, async ({ n }, { progress, log }) => {
        await progress(40);
        await log(`working on ${n}`);
        return { doubled: n * 2 };
      });
      await expect(system.enqueue(job, { n: 1.5 })).rejects.toBeInstanceOf(ZodError);
      const { id, deduplicated } = await system.enqueue(job, { n: 21 });
      expect(id).toMatch(new RegExp(`^${queue}:\\d+$`));
      expect(deduplicated).toBe(false);
      const waiting = await system.getJob(id);
      expect(waiting).toMatchObject({
        id,
        queue,
        name: "record-job",
        state: "waiting",
        data: { n: 21 },
        attempts: 3,
        attemptsMade: 0,
        priority: 0,
      });
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const done = await waitFor(async () => {
        const status = await system.getJob(id);
        return status?.state === "completed" && status;
      });
      expect(done).toMatchObject({
        attemptsMade: 1,
        progress: 40,
        returnValue: { doubled: 42 },
        logs: ["working on 21"],
        failedReason: null,
      });
      expect(done.processedAt).toBeGreaterThanOrEqual(done.createdAt);
      expect(done.finishedAt).toBeGreaterThanOrEqual(done.processedAt!);
      expect(attempts.map((a) => a.attempt)).toEqual([1]);
      expect(await system.getJob(`${queue}:999999`)).toBeNull();
      expect(await system.getJob("not-a-job-id")).toBeNull();
    });

    it.each([
      { type: "exponential" as const, delays: [60, 120] },
      { type: "fixed" as const, delays: [80, 80] },
    ])("retries with $type backoff, waiting at least each delay between attempts", async ({ type, delays }) => {
      const system = await start();
      const queue = uniqueQueue("backoff");
      const { job, attempts } = recordingJob(
        queue,
        async (_data, { attempt }) => {
          if (attempt < 3) throw new Error(`flaky ${attempt}`);
          return "third time lucky";
        },
        { attempts: 3, backoff: { type, delayMs: delays[0]! } },
      );
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const { id } = await system.enqueue(job, { n: 1 });
      await waitFor(async () => (await state(system, id)()) === "completed");
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i]!.at);
      gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(delays[i]!));
      expect(await system.getJob(id)).toMatchObject({
        attemptsMade: 3,
        returnValue: "third time lucky",
        stacktrace: [expect.stringContaining("flaky 1"), expect.stringContaining("flaky 2")],
      });
    });

    it("dead-letters a job that fails its last attempt, keeps it failed, and requeues it with fresh attempts", async () => {
      const system = await start();
      const queue = uniqueQueue("dead");
      let healthy = false;
      const { job, attempts } = recordingJob(
        queue,
        async (_data, { log }) => {
          await log("about to fail");
          if (!healthy) throw new Error("upstream is down");
          return "recovered";
        },
        { attempts: 2, backoff: { type: "fixed", delayMs: 10 } },
      );
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const { id } = await system.enqueue(job, { n: 7 });
      const [letter] = await waitForDeadLetters(system, queue);
      expect(letter!.job).toMatchObject({
        id,
        state: "failed",
        attemptsMade: 2,
        attempts: 2,
        failedReason: "upstream is down",
        data: { n: 7 },
      });
      expect(letter!.job.logs).toEqual(["about to fail", "about to fail"]);
      expect(letter!.job.stacktrace).toHaveLength(2);
      expect(letter!.deadAt).toBeGreaterThan(0);
      expect(await system.getJob(id)).toMatchObject({ state: "failed", failedReason: "upstream is down" });
      expect(errorLog).toHaveBeenCalledWith(
        expect.objectContaining({ jobId: id, deadLetterId: letter!.id }),
        "job failed for good; dead-lettered",
      );
      expect(await system.listDeadLetters()).toEqual(expect.arrayContaining([expect.objectContaining({ id: letter!.id })]));

      healthy = true;
      const requeued = await system.requeueDeadLetter(letter!.id);
      expect(requeued).toMatch(new RegExp(`^${queue}:\\d+$`));
      expect(requeued).not.toBe(id);
      await waitFor(async () => (await state(system, requeued!)()) === "completed");
      expect(await system.getJob(requeued!)).toMatchObject({ attemptsMade: 1, attempts: 2, returnValue: "recovered", data: { n: 7 } });
      expect(attempts.at(-1)).toMatchObject({ id: requeued, attempt: 1 });
      expect(await system.listDeadLetters(queue)).toEqual([]);
      expect(await system.requeueDeadLetter(letter!.id)).toBeNull();
      expect(await system.getJob(id)).toMatchObject({ state: "failed" }); // the failed original stays for the console
    });

    it("fails a PermanentJobError at once, without the remaining attempts", async () => {
      const system = await start();
      const queue = uniqueQueue("permanent");
      const { job, attempts } = recordingJob(queue, async () => {
        throw new PermanentJobError("game 42 does not exist");
      });
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const { id } = await system.enqueue(job, { n: 42 });
      await waitForDeadLetters(system, queue);
      expect(attempts).toHaveLength(1);
      expect(await system.getJob(id)).toMatchObject({
        state: "failed",
        attemptsMade: 1,
        attempts: 3,
        failedReason: "game 42 does not exist",
      });
    });

    it("fails a poison payload (valid when enqueued, invalid for the running schema) without calling the handler, and dead-letters it", async () => {
      const system = await start();
      const queue = uniqueQueue("poison");
      const old = recordingJob(queue);
      const { id } = await system.enqueue(old.job, { n: -5 });
      // A later deploy tightened the schema; the stored payload no longer passes it.
      const { job: stricter, attempts } = recordingJob(queue);
      const tightened = { ...stricter, schema: stricter.schema.refine((d) => d.n > 0, "n must be positive") };
      await system.startWorkers([tightened], { [queue]: { concurrency: 1 } });
      const [letter] = await waitForDeadLetters(system, queue);
      expect(attempts).toHaveLength(0);
      expect(letter!.job).toMatchObject({
        id,
        attemptsMade: 1,
        failedReason: expect.stringMatching(/^Invalid payload for record-job: n must be positive/),
      });
      expect(await system.getJob(id)).toMatchObject({ state: "failed", attemptsMade: 1 });
      // Requeueing a payload the schema still rejects is refused, and the letter stays.
      await expect(system.requeueDeadLetter(letter!.id)).rejects.toBeInstanceOf(ZodError);
      expect(await system.listDeadLetters(queue)).toHaveLength(1);
    });

    it("runs prioritised jobs first (1 highest), unprioritised last, FIFO within a priority", async () => {
      const system = await start();
      const queue = uniqueQueue("priority");
      const { job, attempts } = recordingJob(queue);
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      await system.pauseQueue(queue);
      const plan: Array<[number, number | undefined]> = [
        [1, undefined],
        [2, 5],
        [3, 1],
        [4, undefined],
        [5, 5],
        [6, 1],
        [7, 2],
      ];
      for (const [n, priority] of plan) await system.enqueue(job, { n }, { priority });
      expect((await system.listJobs(queue, { states: ["waiting"] })).total).toBe(7);
      await system.resumeQueue(queue);
      await waitFor(() => attempts.length === 7);
      expect(attempts.map((a) => a.data.n)).toEqual([3, 6, 7, 2, 5, 1, 4]);
      await expect(system.enqueue(job, { n: 8 }, { priority: 1.5 })).rejects.toThrow(RangeError);
    });

    it("never runs more jobs of a queue at once than its concurrency", async () => {
      const system = await start();
      const queue = uniqueQueue("concurrency");
      let running = 0;
      let most = 0;
      const { job, attempts } = recordingJob(queue, async () => {
        most = Math.max(most, ++running);
        await work(60);
        running--;
      });
      await system.startWorkers([job], { [queue]: { concurrency: 2 } });
      for (let n = 0; n < 6; n++) await system.enqueue(job, { n });
      await waitFor(async () => (await system.listJobs(queue, { states: ["completed"] })).total === 6);
      expect(attempts).toHaveLength(6);
      expect(most).toBe(2);
    });

    it("starts at most `max` jobs per window under a rate limit", async () => {
      const system = await start();
      const queue = uniqueQueue("ratelimit");
      const { job, attempts } = recordingJob(queue);
      await system.startWorkers([job], { [queue]: { concurrency: 6, rateLimit: { max: 2, durationMs: 400 } } });
      for (let n = 0; n < 6; n++) await system.enqueue(job, { n });
      await waitFor(() => attempts.length === 6, { timeoutMs: 5_000 });
      const starts = attempts.map((a) => a.at).sort((a, b) => a - b);
      // Two per window: the third start waits for the first window to end, the fifth for the second.
      // (A few ms of slack: BullMQ opens its window in Redis just before our handler reads the clock.)
      expect(starts[2]! - starts[0]!).toBeGreaterThanOrEqual(400 - 15);
      expect(starts[4]! - starts[2]!).toBeGreaterThanOrEqual(400 - 15);
      expect(starts[1]! - starts[0]!).toBeLessThan(400);
    });

    it("runs a delayed job no earlier than its delay, and reports when it will run", async () => {
      const system = await start();
      const queue = uniqueQueue("delayed");
      const { job, attempts } = recordingJob(queue);
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const { id } = await system.enqueue(job, { n: 1 }, { delayMs: 300 });
      const delayed = await system.getJob(id);
      expect(delayed).toMatchObject({ state: "delayed" });
      expect(delayed!.runAt).toBeGreaterThanOrEqual(delayed!.createdAt + 300);
      expect(delayed!.runAt).toBeLessThan(delayed!.createdAt + 400);
      await waitFor(async () => (await state(system, id)()) === "completed");
      expect(attempts[0]!.at - delayed!.createdAt).toBeGreaterThanOrEqual(300);
    });

    it("promotes a delayed job to run now, and refuses to promote one that is not delayed", async () => {
      const system = await start();
      const queue = uniqueQueue("promote");
      const { job, attempts } = recordingJob(queue);
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const { id } = await system.enqueue(job, { n: 1 }, { delayMs: 60_000 });
      expect(await system.promoteJob(id)).toBe(true);
      await waitFor(async () => (await state(system, id)()) === "completed");
      expect(attempts).toHaveLength(1);
      expect(await system.promoteJob(id)).toBe(false);
      expect(await system.promoteJob(`${queue}:424242`)).toBe(false);
    });

    it("does not enqueue a dedupe key twice while its job is waiting, delayed or active, and frees it once the job is done", async () => {
      const system = await start();
      const queue = uniqueQueue("dedupe");
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const { job, attempts } = recordingJob(queue, () => gate, { dedupe: true });
      const first = await system.enqueue(job, { n: 1 }, { delayMs: 60_000 });
      expect(await system.enqueue(job, { n: 1 })).toEqual({ id: first.id, deduplicated: true }); // delayed
      const other = await system.enqueue(job, { n: 2 });
      expect(other.deduplicated).toBe(false);
      expect(await system.enqueue(job, { n: 99 }, { dedupeKey: "n:2" })).toEqual({ id: other.id, deduplicated: true }); // waiting
      await system.startWorkers([job], { [queue]: { concurrency: 2 } });
      await system.promoteJob(first.id);
      await waitFor(() => attempts.length === 2);
      expect(await system.enqueue(job, { n: 1 })).toEqual({ id: first.id, deduplicated: true }); // active
      release();
      await waitFor(async () => (await state(system, first.id)()) === "completed");
      const again = await system.enqueue(job, { n: 1 });
      expect(again.deduplicated).toBe(false);
      expect(again.id).not.toBe(first.id);
      // A burst of callers with one key (a cache miss seen by many requests at once): one job, one creator.
      const burst = await Promise.all(Array.from({ length: 8 }, () => system.enqueue(job, { n: 3 })));
      expect(new Set(burst.map((r) => r.id)).size).toBe(1);
      expect(burst.filter((r) => !r.deduplicated)).toHaveLength(1);
    });

    it("streams state changes and progress of one job to subscribers, in order", async () => {
      const system = await start();
      const queue = uniqueQueue("events");
      const { job } = recordingJob(queue, async (_data, { progress }) => {
        await progress(50);
        await progress({ step: "done" });
        return "ok";
      });
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const { id } = await system.enqueue(job, { n: 1 }, { delayMs: 60_000 });
      const seen: JobEvent[] = [];
      const unsubscribe = await system.subscribe(id, (event) => seen.push(event));
      const { id: otherId } = await system.enqueue(job, { n: 2 }); // another job's events must not arrive
      await waitFor(async () => (await state(system, otherId)()) === "completed");
      await system.promoteJob(id);
      await waitFor(() => seen.some((e) => e.type === "state" && e.state === "completed"));
      await unsubscribe();
      expect(seen).toEqual([
        { type: "state", id, state: "waiting", attemptsMade: 0 },
        { type: "state", id, state: "active", attemptsMade: 0 },
        { type: "progress", id, progress: 50 },
        { type: "progress", id, progress: { step: "done" } },
        { type: "state", id, state: "completed", attemptsMade: 1 },
      ]);
    });

    it("tells subscribers about retries and the final failure with its reason", async () => {
      const system = await start();
      const queue = uniqueQueue("failevents");
      const { job } = failingJob(queue, "nope", { attempts: 2, backoff: { type: "fixed", delayMs: 30 } });
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const { seen, until } = await enqueueWatched(system, job, { n: 1 });
      await until("failed");
      expect(seen.map((e) => (e.type === "state" ? `${e.state}:${e.attemptsMade}` : e.type))).toEqual([
        "active:0",
        "delayed:1",
        "waiting:1",
        "active:1",
        "failed:2",
      ]);
      expect(seen.at(-1)).toMatchObject({ failedReason: "nope" });
    });

    it("closes gracefully: lets the running job finish and starts no new one", async () => {
      const system = await start();
      const queue = uniqueQueue("close");
      let finished = false;
      const { job, attempts } = recordingJob(queue, async () => {
        await work(250);
        finished = true;
      });
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      await system.enqueue(job, { n: 1 });
      await system.enqueue(job, { n: 2 });
      await waitFor(() => attempts.length === 1);
      await system.close(5_000);
      expect(finished).toBe(true);
      expect(attempts.map((a) => a.data.n)).toEqual([1]);
    });

    it("aborts a running job's signal when it outlives the close timeout, then waits for it", async () => {
      const system = await start();
      const queue = uniqueQueue("abort");
      let aborted = false;
      const { job, attempts } = recordingJob(
        queue,
        (_data, { signal }) =>
          new Promise((_resolve, reject) => {
            signal.addEventListener("abort", () => {
              aborted = true;
              reject(new Error("stopped early"));
            });
          }),
      );
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      await system.enqueue(job, { n: 1 });
      await waitFor(() => attempts.length === 1);
      const began = Date.now();
      await system.close(150);
      expect(aborted).toBe(true);
      expect(Date.now() - began).toBeGreaterThanOrEqual(140);
    });

    it("abandons a handler that ignores its aborted signal after a second timeout, so shutdown cannot hang", async () => {
      const system = await start();
      const queue = uniqueQueue("stuck");
      let release!: () => void;
      const stuck = new Promise<void>((r) => (release = r));
      const { job, attempts } = recordingJob(queue, () => stuck);
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      await system.enqueue(job, { n: 1 });
      await waitFor(() => attempts.length === 1);
      const began = Date.now();
      await system.close(100);
      expect(Date.now() - began).toBeGreaterThanOrEqual(190);
      expect(Date.now() - began).toBeLessThan(2_000);
      release();
    });

    describeJobAdmin(start);
  });
}
