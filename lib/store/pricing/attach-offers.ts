import "server-only";

import { logger } from "@/lib/log/logger";
import type { Currency } from "@/lib/money";

import { getOffers } from "./get-offers";
import type { Offer } from "./offer";

/**
 * Adds `offer` (null when not for sale) to each game, in one query for the lot. Called per request after any
 * cache, never before: a cached body is shared across visitors and currencies and outlives price changes.
 *
 * The catalog must keep answering when the accounts database does not (it is down, or still starting): then
 * every offer is null and a warning is logged. The cart and checkout call getOffers directly and fail instead.
 *
 * @example
 * const results = await attachOffers(search.results, "EUR");
 */
export async function attachOffers<T extends { id: number }>(
  games: readonly T[],
  currency: Currency,
): Promise<Array<T & { offer: Offer | null }>> {
  const offers = await getOffers(
    games.map((game) => game.id),
    currency,
  ).catch((error: unknown) => {
    logger.warn(
      { err: error, games: games.length },
      "offers unavailable: the accounts database did not answer; catalog served without prices",
    );
    return new Map<number, Offer>();
  });
  return games.map((game) => ({ ...game, offer: offers.get(game.id) ?? null }));
}
