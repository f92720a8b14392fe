// A dead letter keeps what requeueing needs beyond the job's status: the retry policy it ran under, so a
// requeue gets the same fresh attempts even on an instance that never registered the definition.
import type { RetryPolicy } from "./resolve-job-options";
import type { DeadLetter } from "./types";

/** Per queue; the oldest are dropped past it, so a poison flood cannot grow memory or Redis unbounded. */
export const DEAD_LETTER_LIMIT = 10_000;

export interface DeadLetterEntry extends DeadLetter {
  retry: RetryPolicy;
}

export function toDeadLetter({ id, job, deadAt }: DeadLetterEntry): DeadLetter {
  return { id, job, deadAt };
}
