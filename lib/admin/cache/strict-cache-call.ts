import "server-only";

import type { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { AppError } from "@/lib/errors/app-error";

/**
 * Runs cache calls for the console on the cache's strict view, where failing open would mislead ("0 keys",
 * "Removed 0 keys" while Redis is down): a call that fails becomes a 503 saying so.
 */
export async function strictCacheCall<T>(cache: FailOpenCache, run: (strict: FailOpenCache) => Promise<T>): Promise<T> {
  try {
    return await run(cache.strict());
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "unavailable",
      `The cache (${cache.kind}) did not answer: ${error instanceof Error ? error.message : String(error)}`,
      undefined,
      5,
    );
  }
}
