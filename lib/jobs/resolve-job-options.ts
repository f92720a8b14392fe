// Defaults shared by both runners, so a definition behaves the same with and without Redis.
import type { BackoffOptions, EnqueueOptions, JobDefinition } from "./types";

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF: BackoffOptions = { type: "exponential", delayMs: 2_000 };
export const DEFAULT_KEEP_COMPLETED = 1_000;
/** BullMQ's ceiling (2^21 - 1). It is reserved for "unprioritised", so explicit priorities stop one below. */
export const PRIORITY_LIMIT = 2 ** 21 - 1;
export const MAX_PRIORITY = PRIORITY_LIMIT - 1;

export interface ResolvedJobOptions {
  attempts: number;
  backoff: BackoffOptions;
  /** 0: unprioritised. */
  priority: number;
  keepCompleted: number;
  delayMs: number;
  dedupeKey: string | null;
}

/** What a job keeps of its options after enqueue: enough to retry it, or to requeue it from the dead letters. */
export type RetryPolicy = Pick<ResolvedJobOptions, "attempts" | "backoff" | "priority" | "keepCompleted">;

export function retryPolicy({ attempts, backoff, priority, keepCompleted }: ResolvedJobOptions): RetryPolicy {
  return { attempts, backoff, priority, keepCompleted };
}

/** The definition's options with defaults, overridden per enqueue. `data` must already be validated. */
export function resolveJobOptions<T>(definition: JobDefinition<T>, data: T | undefined, enqueue: EnqueueOptions = {}): ResolvedJobOptions {
  const options = definition.options ?? {};
  const priority = enqueue.priority ?? options.priority ?? 0;
  assertPriority(priority);
  const delayMs = enqueue.delayMs ?? 0;
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError(`delayMs must be a non-negative number, got ${delayMs}`);
  const dedupeKey = enqueue.dedupeKey ?? (data !== undefined && definition.dedupeKey ? definition.dedupeKey(data) : undefined);
  return {
    attempts: options.attempts ?? DEFAULT_ATTEMPTS,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    priority,
    keepCompleted: options.keepCompleted ?? DEFAULT_KEEP_COMPLETED,
    delayMs: Math.round(delayMs),
    dedupeKey: dedupeKey || null,
  };
}

export function assertPriority(priority: number): void {
  if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
    throw new RangeError(`priority must be an integer from 1 (highest) to ${MAX_PRIORITY}, or unset; got ${priority}`);
  }
}

/** BullMQ's built-in strategies: exponential is delay × 2^(attemptsMade-1), so 2 s, 4 s, 8 s for 2,000. */
export function backoffDelayMs(backoff: BackoffOptions, attemptsMade: number): number {
  if (backoff.type === "fixed") return backoff.delayMs;
  return Math.round(2 ** (attemptsMade - 1) * backoff.delayMs);
}
