// Shared by the job tests: unique queue names, condition waits instead of sleeps, and job definitions
// whose handlers record what happened to them.
import { randomUUID } from "node:crypto";

import { Redis } from "ioredis";
import { z } from "zod";

import { defineJob } from "@/lib/jobs/define-job";
import type { DeadLetter, JobContext, JobDefinition, JobEvent, JobOptions, JobState, JobSystem } from "@/lib/jobs/types";

/** Queue names are lowercase letters and digits; a fresh one per test keeps tests apart on one Redis. */
export function uniqueQueue(label: string): string {
  return `${label}${randomUUID().replaceAll("-", "").slice(0, 10)}`;
}

/** Resolves once `check` returns a truthy value (returned), polling every few ms; fails after timeoutMs. */
type Truthy<T> = Exclude<T, false | null | undefined | 0 | "">;

export async function waitFor<T>(check: () => T | Promise<T>, { timeoutMs = 5_000, what = "condition" } = {}): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The work a handler simulates; this is the job's duration, not a wait for some other event. */
export const work = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Attempt {
  id: string;
  attempt: number;
  data: { n: number; text?: string };
  at: number;
}

export const payloadSchema = z.object({ n: z.number().int(), text: z.string().optional() });

/** A job on `queue` whose handler records each attempt and then runs `behaviour`. */
export function recordingJob(
  queue: string,
  behaviour: (data: { n: number; text?: string }, context: JobContext, attempt: Attempt) => Promise<unknown> = async () => "ok",
  options: JobOptions & { name?: string; dedupe?: boolean } = {},
): { job: JobDefinition<{ n: number; text?: string }>; attempts: Attempt[] } {
  const attempts: Attempt[] = [];
  const { name = "record-job", dedupe, ...jobOptions } = options;
  const job = defineJob({
    name,
    queue,
    schema: payloadSchema,
    options: jobOptions,
    dedupeKey: dedupe ? ({ n }) => `n:${n}` : undefined,
    async handle(data, context) {
      const attempt = { id: context.id, attempt: context.attempt, data, at: Date.now() };
      attempts.push(attempt);
      return behaviour(data, context, attempt);
    },
  });
  return { job, attempts };
}

/** A job whose every attempt fails with `message`; one attempt unless options say otherwise. */
export function failingJob(queue: string, message: string, options: JobOptions & { name?: string } = {}) {
  return recordingJob(queue, async () => Promise.reject(new Error(message)), { name: "fail-job", attempts: 1, ...options });
}

/** The queue's dead letters, once there are at least `count`. */
export function waitForDeadLetters(system: JobSystem, queue: string, count = 1): Promise<DeadLetter[]> {
  return waitFor(
    async () => {
      const letters = await system.listDeadLetters(queue);
      return letters.length >= count && letters;
    },
    { what: `${count} dead letter(s)` },
  );
}

/**
 * Enqueues while the queue is paused and subscribes before resuming it, so every event of the job is
 * seen; `until(state)` waits for that state's event.
 */
export async function enqueueWatched<T>(system: JobSystem, job: JobDefinition<T>, data: T) {
  await system.pauseQueue(job.queue);
  const { id } = await system.enqueue(job, data);
  const seen: JobEvent[] = [];
  await system.subscribe(id, (event) => seen.push(event));
  await system.resumeQueue(job.queue);
  const until = (state: JobState) => waitFor(() => seen.some((e) => e.type === "state" && e.state === state), { what: `${id} ${state}` });
  return { id, seen, until };
}

/** Deletes every key under the prefix (a test file's private namespace). */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}
