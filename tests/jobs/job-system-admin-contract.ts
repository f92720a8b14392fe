// The console's side of the contract: listing and searching jobs, queue statistics, trimming and cleaning
// finished jobs, retrying and removing them. Run inside describeJobSystem, against both runners.
import { expect, it } from "vitest";

import type { JobStatus, JobSystem } from "@/lib/jobs/types";

import { failingJob, recordingJob, uniqueQueue, waitFor, waitForDeadLetters } from "./job-test-helpers";

/** Two jobs on one queue, one that succeeds and one that fails at once, with a worker running both. */
async function startOkAndBad(system: JobSystem, queue: string) {
  const { job: ok } = recordingJob(queue);
  const { job: bad } = failingJob(queue, "x");
  await system.startWorkers([ok, bad], { [queue]: { concurrency: 1 } });
  return { ok, bad };
}

export function describeJobAdmin(start: () => Promise<JobSystem>) {
  const finished = (system: JobSystem, queue: string, state: "completed" | "failed", total: number) =>
    waitFor(async () => (await system.listJobs(queue, { states: [state] })).total === total, { what: `${total} ${state} jobs` });

  it("keeps only the newest keepCompleted completed jobs, and every failed one", async () => {
    const system = await start();
    const queue = uniqueQueue("trim");
    const { job: keeper } = recordingJob(queue, async () => "ok", { keepCompleted: 2 });
    const { job: failer } = failingJob(queue, "no", { keepCompleted: 2 });
    await system.startWorkers([keeper, failer], { [queue]: { concurrency: 1 } });
    const ids: string[] = [];
    for (let n = 1; n <= 5; n++) ids.push((await system.enqueue(keeper, { n })).id);
    for (let n = 1; n <= 3; n++) await system.enqueue(failer, { n });
    await finished(system, queue, "failed", 3);
    await finished(system, queue, "completed", 2);
    const { jobs } = await system.listJobs(queue, { states: ["completed"] });
    expect(jobs.map((j) => j.id).sort()).toEqual(ids.slice(3).sort());
    expect(await system.getJob(ids[0]!)).toBeNull();
  });

  it("lists jobs newest first, filtered by state, name, search text and creation time, with paging", async () => {
    const system = await start();
    const queue = uniqueQueue("list");
    const { job: alpha } = recordingJob(
      queue,
      async ({ n }) => {
        if (n === 3) throw new Error("Boom at THREE");
      },
      { name: "alpha-job", attempts: 1 },
    );
    const { job: beta } = recordingJob(queue, async () => "ok", { name: "beta-job" });
    await system.startWorkers([alpha, beta], { [queue]: { concurrency: 1 } });
    const a1 = await system.enqueue(alpha, { n: 1, text: "Zelda Breath" });
    await system.enqueue(alpha, { n: 3 });
    await finished(system, queue, "failed", 1);
    await finished(system, queue, "completed", 1);
    await system.pauseQueue(queue);
    const since = Date.now();
    await waitFor(() => Date.now() > since); // the next jobs are created strictly after `since`
    const b1 = await system.enqueue(beta, { n: 10 });
    const b2 = await system.enqueue(beta, { n: 11 }, { delayMs: 60_000 });

    const all = await system.listJobs(queue);
    expect(all.total).toBe(4);
    expect(all.jobs[0]!.id).toBe(b2.id); // newest first
    const ids = (r: { jobs: JobStatus[] }) => r.jobs.map((j) => j.id);
    expect(ids(await system.listJobs(queue, { states: ["waiting", "delayed"] }))).toEqual([b2.id, b1.id]);
    expect((await system.listJobs(queue, { name: "alpha-job" })).total).toBe(2);
    expect(ids(await system.listJobs(queue, { search: "zelda" }))).toEqual([a1.id]); // in data, any case
    expect((await system.listJobs(queue, { search: "boom at three" })).jobs[0]).toMatchObject({
      state: "failed",
      failedReason: "Boom at THREE",
    });
    expect(ids(await system.listJobs(queue, { search: b1.id }))).toEqual([b1.id]);
    expect(ids(await system.listJobs(queue, { since }))).toEqual([b2.id, b1.id]);
    const page = await system.listJobs(queue, { limit: 2, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.jobs.map((j) => j.id)).toEqual(all.jobs.slice(1, 3).map((j) => j.id));
    expect(await system.listJobs(uniqueQueue("empty"))).toEqual({ jobs: [], total: 0 });
  });

  it("reports per-queue counts, pause state, recent throughput, the oldest wait and dead letters", async () => {
    const system = await start();
    const queue = uniqueQueue("stats");
    const { ok, bad } = await startOkAndBad(system, queue);
    await system.enqueue(ok, { n: 1 });
    await system.enqueue(ok, { n: 2 });
    await system.enqueue(bad, { n: 3 });
    await finished(system, queue, "failed", 1);
    await finished(system, queue, "completed", 2);
    await waitForDeadLetters(system, queue);
    await system.pauseQueue(queue);
    const before = Date.now();
    await system.enqueue(ok, { n: 4 });
    await system.enqueue(ok, { n: 5 }, { delayMs: 60_000 });
    const stats = (await system.queueStats()).find((s) => s.queue === queue);
    expect(stats).toMatchObject({
      counts: { waiting: 1, delayed: 1, active: 0, completed: 2, failed: 1 },
      paused: true,
      completedLastMinute: 2,
      completedLastHour: 2,
      failedLastHour: 1,
      deadLetters: 1,
    });
    expect(stats!.oldestWaitingMs).toBeGreaterThanOrEqual(0);
    expect(stats!.oldestWaitingMs).toBeLessThanOrEqual(Date.now() - before + 5);
    await system.resumeQueue(queue);
    await finished(system, queue, "completed", 3);
    expect((await system.queueStats()).find((s) => s.queue === queue)).toMatchObject({ paused: false, oldestWaitingMs: null });
  });

  it("cleans finished jobs older than a given age, one state at a time", async () => {
    const system = await start();
    const queue = uniqueQueue("clean");
    const { ok, bad } = await startOkAndBad(system, queue);
    for (let n = 0; n < 3; n++) await system.enqueue(ok, { n });
    await system.enqueue(bad, { n: 9 });
    await finished(system, queue, "completed", 3);
    await finished(system, queue, "failed", 1);
    expect(await system.cleanQueue(queue, "completed", 60_000)).toBe(0);
    const lastFinish = Math.max(...(await system.listJobs(queue)).jobs.map((j) => j.finishedAt ?? 0));
    await waitFor(() => Date.now() > lastFinish);
    expect(await system.cleanQueue(queue, "completed", 0)).toBe(3);
    expect((await system.listJobs(queue)).jobs.map((j) => j.state)).toEqual(["failed"]);
    expect(await system.cleanQueue(queue, "failed", 0)).toBe(1);
    expect((await system.listJobs(queue)).total).toBe(0);
  });

  it("retries a failed job with fresh attempts, and removes jobs that are not running", async () => {
    const system = await start();
    const queue = uniqueQueue("retry");
    let fixed = false;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { job, attempts } = recordingJob(
      queue,
      async ({ n }) => {
        if (n === 1 && !fixed) throw new Error("broken");
        if (n === 2) await gate;
      },
      { attempts: 1 },
    );
    await system.startWorkers([job], { [queue]: { concurrency: 1 } });
    const failed = await system.enqueue(job, { n: 1 });
    await waitFor(async () => (await system.getJob(failed.id))?.state === "failed");
    expect(await system.retryJob(`${queue}:987654`)).toBe(false);
    const letters = async () => (await system.listDeadLetters(queue)).map((d) => d.job.id);
    await waitFor(async () => (await letters()).includes(failed.id));
    fixed = true;
    expect(await system.retryJob(failed.id)).toBe(true);
    // Retried in place, its dead letter goes: a requeue of it afterwards would run the job a second time.
    expect(await letters()).not.toContain(failed.id);
    await waitFor(async () => (await system.getJob(failed.id))?.state === "completed");
    expect(await system.getJob(failed.id)).toMatchObject({ attemptsMade: 1, failedReason: null });
    expect(await system.retryJob(failed.id)).toBe(false); // completed, not failed

    const running = await system.enqueue(job, { n: 2 });
    const waiting = await system.enqueue(job, { n: 3 });
    await waitFor(async () => (await system.getJob(running.id))?.state === "active");
    expect(await system.removeJob(running.id)).toBe(false);
    expect(await system.removeJob(waiting.id)).toBe(true);
    expect(await system.getJob(waiting.id)).toBeNull();
    expect(await system.removeJob(waiting.id)).toBe(false);
    release();
    await waitFor(async () => (await system.getJob(running.id))?.state === "completed");
    expect(attempts.map((a) => a.data.n)).toEqual([1, 1, 2]);
  });
}
