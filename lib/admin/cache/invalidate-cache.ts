import "server-only";

import { invalidate } from "@/lib/cache/cached";
import type { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { AppError } from "@/lib/errors/app-error";

import { cacheKeyKinds, classifyCacheKey } from "./cache-key-kinds";
import type { InvalidateCacheBody, InvalidateCacheResult } from "./schemas";
import { strictCacheCall } from "./strict-cache-call";

/** Most keys one pattern request removes; the answer says `capped` when there may be more. */
export const PATTERN_DELETE_CAP = 100_000;
/**
 * A pattern matching more removable keys than this needs `confirmAll: true`. Counted, not guessed from the
 * pattern's text: `ql:[a-z]*` removes as much as `ql:*`, and no syntactic rule catches every spelling.
 */
export const CONFIRM_ALL_THRESHOLD = 1_000;
// One DEL per chunk: a bounded command (and REST body for Upstash) whatever the pattern matched.
const CHUNK = 1_000;

/**
 * Removes by key, tag (its keys and the tag set) or pattern through the cache's invalidate(). Queue
 * internals under ql: (BullMQ, the catalog write stream, pending search events) are never removed here:
 * a key naming one is refused, a pattern skips them.
 */
export async function invalidateCache(cache: FailOpenCache, body: InvalidateCacheBody): Promise<InvalidateCacheResult> {
  const instanceOnly = cache.kind === "memory";
  return strictCacheCall(cache, async (strict) => {
    if (body.key !== undefined) {
      const kind = classifyCacheKey(body.key);
      if (kind.protected)
        throw new AppError(
          "invalid_parameters",
          `${body.key} is ${kind.label.toLowerCase()} state, not cache: manage it from the Queues page.`,
        );
      const removed = await invalidate(strict, { keys: [body.key] });
      return { removed, by: "key", target: body.key, capped: false, skipped: 0, instanceOnly };
    }
    if (body.tag !== undefined) {
      const removed = await invalidate(strict, { tag: body.tag });
      return { removed, by: "tag", target: body.tag, capped: false, skipped: 0, instanceOnly };
    }
    const pattern = body.pattern!;
    const kinds = cacheKeyKinds();
    const found = await strict.scanKeys(pattern, PATTERN_DELETE_CAP);
    const removable = found.filter((key) => !classifyCacheKey(key, kinds).protected);
    if (removable.length > CONFIRM_ALL_THRESHOLD && body.confirmAll !== true) {
      throw new AppError(
        "invalid_parameters",
        `${pattern} matches ${removable.length.toLocaleString("en")} keys: send confirmAll: true to remove them all.`,
        {
          reason: "confirm_all_required",
          pattern,
          matched: removable.length,
          capped: found.length >= PATTERN_DELETE_CAP,
          threshold: CONFIRM_ALL_THRESHOLD,
        },
      );
    }
    let removed = 0;
    for (let i = 0; i < removable.length; i += CHUNK) removed += await invalidate(strict, { keys: removable.slice(i, i + CHUNK) });
    return {
      removed,
      by: "pattern",
      target: pattern,
      capped: found.length >= PATTERN_DELETE_CAP,
      skipped: found.length - removable.length,
      instanceOnly,
    };
  });
}
