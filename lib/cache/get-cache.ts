import { getEnv } from "@/lib/env";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

import { createCacheDriver } from "./create-cache-driver";
import { FailOpenCache } from "./fail-open-cache";

// One cache (and one Redis connection pair) per server process, shared by route handlers and
// instrumentation, and kept across dev reloads.

/** The process's cache facade: memory, TCP Redis or Upstash by configuration, fail-open with a deadline. */
export function getCache(): FailOpenCache {
  const env = getEnv();
  return processSingleton("questlogCache", () => {
    const driver = createCacheDriver(env);
    return new FailOpenCache(driver, env.CACHE_TIMEOUT_MS ?? (driver.kind === "upstash" ? 1_000 : 250));
  });
}

/** Closes the process's Redis connections (CLI exit, tests switching drivers); the next getCache() reopens. */
export async function closeCache(): Promise<void> {
  await peekProcessSingleton<FailOpenCache>("questlogCache")?.close();
  dropProcessSingleton("questlogCache");
}
