import "server-only";

import { isNextBuild } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { DEFAULT_CURRENCY } from "@/lib/money";
import { getOffers } from "@/lib/store/pricing/get-offers";
import type { Offer } from "@/lib/store/pricing/offer";

/**
 * The game's store price for its structured data, in the store's default currency; null when it is not for sale,
 * and null without asking during `next build`.
 *
 * Why not at build: zero-config keeps accounts and prices in embedded PGlite (DATA_DIR/pglite), which one process
 * may open (lib/accounts-db/lock-data-dir.ts), while `next build` prerenders pages in several worker processes,
 * maybe beside a running server; and a configured build (the Docker image) need not reach its PostgreSQL at all.
 * The prerendered pages so go out without an offer and gain it when they regenerate in the server (ISR,
 * `revalidate` of the game page), which sale boundaries and listing edits also trigger (revalidate-store-pages.ts).
 * A database that fails at render costs the offer, never the page.
 */
export async function readStructuredDataOffer(gameId: number): Promise<Offer | null> {
  if (isNextBuild()) return null;
  try {
    return (await getOffers([gameId], DEFAULT_CURRENCY)).get(gameId) ?? null;
  } catch (error) {
    logger.warn({ err: error, gameId }, "structured data: store offer unavailable");
    return null;
  }
}
