// BullMQ has no dead-letter queue, so we keep one beside the queues, under keys no queue name can take
// ("dead-letters" has a hyphen): a hash of entries (JSON) by id and sorted sets of ids, overall and per
// queue, scored by the id itself so the order is exactly the order jobs died in, across instances; and a
// hash of letter ids by job id, so a job retried in place loses its letter.
import type { Job, Queue } from "bullmq";
import type { Redis } from "ioredis";

import { logger } from "@/lib/log/logger";

import { DEAD_LETTER_LIMIT, type DeadLetterEntry } from "../dead-letter-entry";
import type { JobStatus } from "../types";
import { retryPolicyOf } from "./bull-job-options";
import { readJobStatus } from "./read-job-statuses";

export class RedisDeadLetters {
  private readonly keys;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    const base = `${prefix}:dead-letters`;
    this.keys = {
      id: `${base}:id`,
      entries: `${base}:entries`,
      all: `${base}:all`,
      byJob: `${base}:by-job`,
      queue: (q: string) => `${base}:queue:${q}`,
    };
  }

  /**
   * Called after each failed attempt (BullMQ's worker "failed" event): copies the job here when BullMQ has
   * moved it to failed for good, and does nothing while a retry is pending.
   */
  async addIfFinal(queue: Queue, job: Job): Promise<void> {
    const status = await readJobStatus(queue, this.redis, job.id!);
    if (status?.state !== "failed") return;
    const entry = await this.add(status, retryPolicyOf(job), status.finishedAt ?? Date.now());
    const { id: jobId, attemptsMade, failedReason: reason } = status;
    logger.error(
      { module: "jobs", runner: "bullmq", jobId, deadLetterId: entry.id, attemptsMade, reason },
      "job failed for good; dead-lettered",
    );
  }

  async add(job: JobStatus, retry: DeadLetterEntry["retry"], deadAt: number): Promise<DeadLetterEntry> {
    const id = String(await this.redis.incr(this.keys.id));
    const entry: DeadLetterEntry = { id, job, deadAt, retry };
    await this.store(entry);
    const excess = (await this.redis.zcard(this.keys.queue(job.queue))) - DEAD_LETTER_LIMIT;
    if (excess > 0) {
      const oldest = await this.redis.zrange(this.keys.queue(job.queue), 0, String(excess - 1));
      const jobIds = (await this.redis.hmget(this.keys.entries, ...oldest)).flatMap((json) =>
        json ? [(JSON.parse(json) as DeadLetterEntry).job.id] : [],
      );
      const trim = this.redis
        .multi()
        .hdel(this.keys.entries, ...oldest)
        .zrem(this.keys.all, ...oldest)
        .zrem(this.keys.queue(job.queue), ...oldest);
      if (jobIds.length) trim.hdel(this.keys.byJob, ...jobIds);
      await trim.exec();
    }
    return entry;
  }

  /** Newest first. */
  async list(queue: string | undefined, limit: number): Promise<DeadLetterEntry[]> {
    if (limit <= 0) return [];
    const ids = await this.redis.zrevrange(queue === undefined ? this.keys.all : this.keys.queue(queue), 0, limit - 1);
    if (!ids.length) return [];
    const raw = await this.redis.hmget(this.keys.entries, ...ids);
    return raw.flatMap((json) => (json ? [JSON.parse(json) as DeadLetterEntry] : []));
  }

  async get(id: string): Promise<DeadLetterEntry | null> {
    const json = await this.redis.hget(this.keys.entries, id);
    return json ? (JSON.parse(json) as DeadLetterEntry) : null;
  }

  /** True for exactly one caller, so two consoles requeueing the same letter enqueue it once. */
  async take(entry: DeadLetterEntry): Promise<boolean> {
    const replies = await this.redis
      .multi()
      .hdel(this.keys.entries, entry.id)
      .zrem(this.keys.all, entry.id)
      .zrem(this.keys.queue(entry.job.queue), entry.id)
      .hdel(this.keys.byJob, entry.job.id)
      .exec();
    return replies?.[0]?.[1] === 1;
  }

  /** Drops the letter of a job retried in place, so it cannot also be requeued (and run twice). */
  async dropForJob(jobId: string): Promise<void> {
    const id = await this.redis.hget(this.keys.byJob, jobId);
    const entry = id ? await this.get(id) : null;
    if (entry) await this.take(entry);
  }

  /** Puts back a letter whose requeue failed. */
  async restore(entry: DeadLetterEntry): Promise<void> {
    await this.store(entry);
  }

  count(queue: string): Promise<number> {
    return this.redis.zcard(this.keys.queue(queue));
  }

  private async store(entry: DeadLetterEntry): Promise<void> {
    await this.redis
      .multi()
      .hset(this.keys.entries, entry.id, JSON.stringify(entry))
      .zadd(this.keys.all, entry.id, entry.id)
      .zadd(this.keys.queue(entry.job.queue), entry.id, entry.id)
      .hset(this.keys.byJob, entry.job.id, entry.id)
      .exec();
  }
}
