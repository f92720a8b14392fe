import "server-only";

import { getJobSystem } from "@/lib/jobs/get-job-system";
import { JOB_DEFINITIONS } from "@/lib/server/job-registry";

import { getQueueStatsOrThrow } from "./get-queue-stats-or-throw";
import type { QueueDetail } from "./queue-api-types";

/** Jobs read to learn the names in use; enough for the filter without scanning a big queue on every poll. */
const NAMES_SAMPLE = 100;

/** The queue page's header: counts, pause state, dead letters and the job names to filter by (404 if unknown). */
export async function getQueueDetail(queue: string): Promise<QueueDetail> {
  const [stats, sample] = await Promise.all([getQueueStatsOrThrow(queue), getJobSystem().listJobs(queue, { limit: NAMES_SAMPLE })]);
  const names = new Set(JOB_DEFINITIONS.filter((d) => d.queue === queue).map((d) => d.name));
  for (const job of sample.jobs) names.add(job.name);
  return { stats, jobNames: [...names].sort(), generatedAt: new Date().toISOString() };
}
