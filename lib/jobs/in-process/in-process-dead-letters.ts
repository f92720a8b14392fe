// The in-process dead-letter list: jobs that failed their last attempt, newest last, capped per queue.
import { DEAD_LETTER_LIMIT, type DeadLetterEntry } from "../dead-letter-entry";
import type { JobStatus } from "../types";

export class InProcessDeadLetters {
  private readonly entries = new Map<string, DeadLetterEntry>();
  /** The letter of each dead job, so a retried job's letter can go (its failure is being dealt with). */
  private readonly byJob = new Map<string, string>();
  private lastId = 0;

  add(job: JobStatus, retry: DeadLetterEntry["retry"], deadAt: number): DeadLetterEntry {
    const entry: DeadLetterEntry = { id: String(++this.lastId), job, deadAt, retry };
    this.entries.set(entry.id, entry);
    this.byJob.set(job.id, entry.id);
    const ofQueue = [...this.entries.values()].filter((e) => e.job.queue === job.queue);
    for (const old of ofQueue.slice(0, Math.max(0, ofQueue.length - DEAD_LETTER_LIMIT))) this.delete(old.id);
    return entry;
  }

  /** Newest first. */
  list(queue: string | undefined, limit: number): DeadLetterEntry[] {
    const all = [...this.entries.values()].filter((e) => queue === undefined || e.job.queue === queue);
    return all.reverse().slice(0, limit);
  }

  get(id: string): DeadLetterEntry | undefined {
    return this.entries.get(id);
  }

  delete(id: string): void {
    const entry = this.entries.get(id);
    if (entry && this.byJob.get(entry.job.id) === id) this.byJob.delete(entry.job.id);
    this.entries.delete(id);
  }

  /** Drops the letter of a job retried in place, so it cannot also be requeued (and run twice). */
  dropForJob(jobId: string): void {
    const id = this.byJob.get(jobId);
    if (id !== undefined) this.delete(id);
  }

  count(queue: string): number {
    let count = 0;
    for (const entry of this.entries.values()) if (entry.job.queue === queue) count++;
    return count;
  }
}
