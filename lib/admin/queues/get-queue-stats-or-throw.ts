import "server-only";

import { QUEUE_OPTIONS } from "@/lib/boot/job-registry";
import { AppError } from "@/lib/errors/app-error";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import type { JobState, QueueStats } from "@/lib/jobs/types";

import { JOB_STATES } from "./queue-schemas";

/**
 * One queue's stats, or a 404 for a queue the job system does not know: neither registered (QUEUE_OPTIONS)
 * nor reported by queueStats (queues this process works or has enqueued to, test queues among them).
 * Checked before every queue action, so a typo never pauses or cleans a queue nobody runs.
 */
export async function getQueueStatsOrThrow(queue: string): Promise<QueueStats> {
  const jobs = getJobSystem();
  const found = (await jobs.queueStats()).find((s) => s.queue === queue);
  if (found) return found;
  if (!Object.hasOwn(QUEUE_OPTIONS, queue)) throw new AppError("not_found", `There is no queue named ${queue}.`);
  // A registered queue this process has not touched yet (a web-only process under BullMQ): count it from
  // its lists. Its pause flag is only known once this process has opened it, so it reads as running.
  const totals = await Promise.all(
    JOB_STATES.map(async (state) => [state, (await jobs.listJobs(queue, { states: [state], limit: 0 })).total] as const),
  );
  const deadLetters = (await jobs.listDeadLetters(queue, 1_000)).length;
  return {
    queue,
    counts: Object.fromEntries(totals) as Record<JobState, number>,
    paused: false,
    completedLastMinute: 0,
    completedLastHour: 0,
    failedLastHour: 0,
    oldestWaitingMs: null,
    deadLetters,
  };
}
