import { withDeadline } from "@/lib/cache/with-deadline";
import { logger } from "@/lib/log/logger";

const LOG_EVERY_MS = 30_000;

/**
 * Wraps a stats read that may touch Redis: one call in flight at a time, its answer reused for ttlMs (so
 * scrapes and the overview stream do not hammer Redis), and null instead of an error or a hang past
 * timeoutMs (a metrics scrape must answer while Redis is down).
 */
export function memoizeFailOpen<T>(
  what: string,
  load: () => Promise<T | null>,
  { ttlMs, timeoutMs }: { ttlMs: number; timeoutMs: number },
): () => Promise<T | null> {
  let last: { at: number; value: T | null } | null = null;
  let inFlight: Promise<T | null> | null = null;
  let lastLogged = 0;
  return () => {
    if (last && Date.now() - last.at < ttlMs) return Promise.resolve(last.value);
    inFlight ??= withDeadline(load(), timeoutMs)
      .catch((error: unknown) => {
        if (Date.now() - lastLogged > LOG_EVERY_MS) {
          lastLogged = Date.now();
          logger.warn({ err: error }, `metrics: ${what} unavailable`);
        }
        return null;
      })
      .then((value) => {
        last = { at: Date.now(), value };
        inFlight = null;
        return value;
      });
    return inFlight;
  };
}
