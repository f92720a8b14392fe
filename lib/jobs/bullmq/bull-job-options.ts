// Our options in BullMQ's terms, and back. Unprioritised jobs get BullMQ's largest priority: BullMQ itself
// runs jobs without a priority before all prioritised ones, and our contract is the other way round.
import type { Job, JobsOptions, JobType } from "bullmq";

import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF, DEFAULT_KEEP_COMPLETED, PRIORITY_LIMIT, type RetryPolicy } from "../resolve-job-options";
import type { JobState } from "../types";

export function toBullJobOptions(policy: RetryPolicy): JobsOptions {
  return {
    attempts: policy.attempts,
    backoff: { type: policy.backoff.type, delay: policy.backoff.delayMs },
    priority: toBullPriority(policy.priority),
    removeOnComplete: { count: policy.keepCompleted },
    // Failed jobs stay for the console; the dead-letter list holds the copy that can be requeued.
    removeOnFail: false,
  };
}

export function toBullPriority(priority: number): number {
  return priority || PRIORITY_LIMIT;
}

export function fromBullPriority(priority: number | undefined): number {
  return !priority || priority >= PRIORITY_LIMIT ? 0 : priority;
}

/** The policy a stored job runs under, for its dead letter. */
export function retryPolicyOf(job: Job): RetryPolicy {
  const { attempts, backoff, removeOnComplete } = job.opts;
  const keep = typeof removeOnComplete === "object" ? removeOnComplete.count : undefined;
  const given = typeof backoff === "object" ? backoff.type : undefined;
  const type = given === "fixed" ? "fixed" : given === "exponential" ? "exponential" : null;
  const delayMs = typeof backoff === "object" ? (backoff.delay ?? 0) : 0;
  return {
    attempts: attempts ?? DEFAULT_ATTEMPTS,
    backoff: type ? { type, delayMs } : DEFAULT_BACKOFF,
    priority: fromBullPriority(job.priority),
    keepCompleted: keep ?? DEFAULT_KEEP_COMPLETED,
  };
}

/** BullMQ's finer states: prioritized and waiting-children jobs are waiting to us. */
export const BULL_TYPES: Record<JobState, JobType[]> = {
  waiting: ["wait", "prioritized", "waiting-children"],
  delayed: ["delayed"],
  active: ["active"],
  completed: ["completed"],
  failed: ["failed"],
};

export function fromBullState(state: string): JobState | null {
  if (state === "delayed" || state === "active" || state === "completed" || state === "failed") return state;
  return ["waiting", "wait", "paused", "prioritized", "waiting-children"].includes(state) ? "waiting" : null;
}
