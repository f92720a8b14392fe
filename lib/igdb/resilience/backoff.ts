// Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"): spreading
// retries over [0, cap] keeps many clients that failed together from retrying together.

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  random?: () => number;
}

/** Delay before retry number `attempt` (1 = first retry). A server's Retry-After wins when it is longer. */
export function backoffDelay(attempt: number, options: BackoffOptions, retryAfterMs: number | null = null): number {
  const cap = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
  const jittered = Math.round((options.random ?? Math.random)() * cap);
  return Math.max(jittered, retryAfterMs ?? 0);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
