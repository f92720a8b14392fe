import "server-only";

import { revalidatePages } from "@/lib/catalog-writes/revalidate-pages";
import { logger } from "@/lib/log/logger";
import { processSingleton } from "@/lib/process-singleton";

// A game page whose IGDB lookup was refused (the visitor had spent its allowance) renders a 404, and Next caches
// that 404 like any ISR render, for the page's whole revalidate period and for every visitor. The page is
// revalidated once the allowance is back, so the next visitor's render asks IGDB again: a refused lookup costs the
// site that page for about a minute, not an hour. Bounded: past MAX_PENDING the 404 lasts its revalidate period.
const MAX_PENDING = 1_000;

const pending = processSingleton("questlogDeferredPageRevalidations", () => new Map<string, NodeJS.Timeout>());

/** Revalidates `path` on this server after `seconds`, once, however many refused renders ask for it meanwhile. */
export function revalidatePageLater(path: string, seconds: number): void {
  if (pending.has(path) || pending.size >= MAX_PENDING) return;
  const timer = setTimeout(() => {
    pending.delete(path);
    revalidatePages([path]).catch((error: unknown) => logger.warn({ err: error, path }, "deferred page revalidation failed"));
  }, seconds * 1000);
  timer.unref();
  pending.set(path, timer);
}

/** The paths waiting for their revalidation, for tests and diagnostics. */
export function pendingPageRevalidations(): string[] {
  return [...pending.keys()];
}
