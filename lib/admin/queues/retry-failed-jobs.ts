import "server-only";

import { getJobSystem } from "@/lib/jobs/get-job-system";

import type { RetryFailedResult } from "./queue-api-types";

const PAGE = 100;
/** One request retries at most this many; the answer says `more` and the console offers to go on. */
export const RETRY_FAILED_LIMIT = 1_000;

/**
 * Retries every failed job of a queue (JobSystem has no bulk retry): pages through the failed list and
 * retries each job once. Retried jobs leave the failed list, so the next page starts after the ones that
 * could not be retried; a job that fails again at once is not retried twice (ids are remembered).
 *
 * @example
 * const { retried, more } = await retryFailedJobs("email");
 */
export async function retryFailedJobs(queue: string, limit = RETRY_FAILED_LIMIT): Promise<RetryFailedResult> {
  const jobs = getJobSystem();
  const seen = new Set<string>();
  let retried = 0;
  let skipped = 0;
  for (;;) {
    const room = limit - retried - skipped;
    // Jobs already handled that are still failed (failed again, or not retryable) stay in the list, so ask
    // for that many more than we need; one extra at the bound, to tell whether more remain.
    const page = await jobs.listJobs(queue, { states: ["failed"], limit: seen.size + Math.min(PAGE, Math.max(room, 1)) });
    const fresh = page.jobs.filter((job) => !seen.has(job.id));
    if (!fresh.length || room <= 0) return { queue, retried, skipped, more: fresh.length > 0 };
    for (const job of fresh.slice(0, room)) {
      seen.add(job.id);
      if (await jobs.retryJob(job.id)) retried++;
      else skipped++;
    }
  }
}
