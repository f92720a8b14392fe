import "server-only";

import { AppError } from "@/lib/api/errors";
import type { FailOpenCache } from "@/lib/cache/fail-open-cache";

/**
 * Runs cache calls for the console, where failing open would mislead ("0 keys", "Removed 0 keys" while
 * Redis is down): if the facade recorded a failure meanwhile, the operator gets a 503 saying so instead.
 */
export async function strictCacheCall<T>(cache: FailOpenCache, run: () => Promise<T>): Promise<T> {
  const failuresBefore = cache.stats.errors + cache.stats.timeouts;
  const result = await run();
  if (cache.stats.errors + cache.stats.timeouts > failuresBefore) {
    throw new AppError("unavailable", `The cache (${cache.kind}) did not answer: ${cache.stats.lastError ?? "unknown error"}`, undefined, 5);
  }
  return result;
}
