import "server-only";

import { revalidatePages } from "@/lib/catalog-writes/revalidate-pages";
import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import { selfOrigin } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/**
 * Revalidates the game pages of a sale that started or ended, and the home page, the way catalog writes do
 * (lib/catalog-writes/revalidate-pages.ts; a no-op outside `next start`). Not awaited by the caller: the sale
 * has happened whether or not a page refreshes now, and prices come from /api/offers anyway.
 */
export function revalidateSalePages(gameIds: readonly number[]): void {
  // Outside a server (CLI, tests) there is nothing to revalidate, and no catalog need be open.
  if (gameIds.length === 0 || !selfOrigin()) return;
  try {
    const paths = loadGameSummaries(gameIds, { includeHidden: true }).map((game) => `/games/${game.slug}`);
    void revalidatePages([...paths, "/"]).catch((error: unknown) => logger.warn({ err: error }, "sale page revalidation failed"));
  } catch (error) {
    logger.warn({ err: error }, "sale page revalidation failed");
  }
}
