import { getEnv } from "@/lib/env";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

import { BullmqJobSystem } from "./bullmq/bullmq-job-system";
import { InProcessJobSystem } from "./in-process/in-process-job-system";
import type { JobSystem } from "./types";

// One job system (and one set of Redis connections) per server process, kept across dev reloads so a
// reload neither starts a second set of workers nor loses the in-process runner's jobs.

/** BullMQ when REDIS_URL is set (shared by every instance), else the in-process runner. */
export function getJobSystem(): JobSystem {
  return processSingleton<JobSystem>("questlogJobSystem", () => {
    const env = getEnv();
    return env.REDIS_URL ? new BullmqJobSystem({ redisUrl: env.REDIS_URL, prefix: env.JOBS_PREFIX }) : new InProcessJobSystem();
  });
}

/** The job system if this process made one, without making it (metrics and health only read). */
export function peekJobSystem(): JobSystem | null {
  return peekProcessSingleton<JobSystem>("questlogJobSystem") ?? null;
}

/** Stops taking jobs, lets running ones finish within timeoutMs, closes connections; the next getJobSystem() starts afresh. */
export async function closeJobSystem(timeoutMs?: number): Promise<void> {
  await dropProcessSingleton<JobSystem>("questlogJobSystem")?.close(timeoutMs);
}
