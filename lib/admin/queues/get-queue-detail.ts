import "server-only";

import { JOB_DEFINITIONS } from "@/lib/boot/job-registry";
import { getJobSystem } from "@/lib/jobs/get-job-system";

import { getQueueStatsOrThrow } from "./get-queue-stats-or-throw";
import type { QueueDetail } from "./queue-api-types";

/** Jobs read to learn the names in use; enough for the filter without scanning a big queue on every poll. */
const NAMES_SAMPLE = 100;
/** The console polls every 2 s; names change rarely, and listing a big BullMQ queue scans thousands of hashes. */
const NAMES_TTL_MS = 30_000;
const seenNames = new Map<string, { at: number; names: string[] }>();

async function namesInUse(queue: string): Promise<string[]> {
  const cached = seenNames.get(queue);
  if (cached && Date.now() - cached.at < NAMES_TTL_MS) return cached.names;
  const { jobs } = await getJobSystem().listJobs(queue, { limit: NAMES_SAMPLE });
  const names = [...new Set(jobs.map((job) => job.name))];
  seenNames.set(queue, { at: Date.now(), names });
  return names;
}

/** The queue page's header: counts, pause state, dead letters and the job names to filter by (404 if unknown). */
export async function getQueueDetail(queue: string): Promise<QueueDetail> {
  const stats = await getQueueStatsOrThrow(queue);
  const names = new Set([...JOB_DEFINITIONS.filter((d) => d.queue === queue).map((d) => d.name), ...(await namesInUse(queue))]);
  return { stats, jobNames: [...names].sort(), generatedAt: new Date().toISOString() };
}
