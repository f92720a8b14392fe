import "server-only";

import { revalidatePages } from "@/lib/catalog-writes/revalidate-pages";
import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import { selfOrigin } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/**
 * Revalidates the game pages whose store offer changed (a sale started or ended, an admin edited a listing or
 * imported a CSV), and the home page, the way catalog writes do (lib/catalog-writes/revalidate-pages.ts; a no-op
 * outside `next start`). The pages carry the offer in their structured data (lib/seo). Not awaited by the caller:
 * the change has happened whether or not a page refreshes now, and the prices shown come from /api/offers anyway.
 */
export function revalidateStorePages(gameIds: readonly number[]): void {
  // Outside a server (CLI, tests) there is nothing to revalidate, and no catalog need be open.
  if (gameIds.length === 0 || !selfOrigin()) return;
  try {
    const paths = loadGameSummaries(gameIds, { includeHidden: true }).map((game) => `/games/${game.slug}`);
    void revalidatePages([...paths, "/"]).catch((error: unknown) => logger.warn({ err: error }, "store page revalidation failed"));
  } catch (error) {
    logger.warn({ err: error }, "store page revalidation failed");
  }
}
