import "server-only";

import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { toHundredths, type Currency } from "@/lib/money";

import { listStorePrices } from "./list-store-prices";

export interface PriceSearchParams {
  on_sale?: boolean;
  /** A normalised decimal string ("12.50"), in `currency`. */
  max_price?: string;
  sort: string;
}

/**
 * The price order a search needs (lib/search/types.ts PriceOrder) for its on_sale / max_price / sort=price, in
 * the searcher's currency; undefined when the search uses none of them. AppError("unavailable") (503) when the
 * accounts database does not answer. Ranks are positions in the store's
 * price list (cheapest first), so the search engine orders by price without holding an amount.
 *
 * @example
 * const prices = await searchPriceOrder(query, "EUR"); // then searchGames(query, { prices })
 */
export async function searchPriceOrder(
  params: PriceSearchParams,
  currency: Currency,
): Promise<{ currency: Currency; ranks: Map<number, number>; only: boolean } | undefined> {
  const filtered = params.on_sale === true || params.max_price !== undefined;
  if (!filtered && params.sort !== "price") return undefined;
  const max = params.max_price === undefined ? null : toHundredths(params.max_price);
  const ranks = new Map<number, number>();
  const prices = await listStorePrices(currency).catch((error: unknown) => {
    // Unlike a plain search (served without offers), a price filter cannot be answered without prices.
    logger.warn({ err: error }, "store prices unavailable: the accounts database did not answer");
    throw new AppError("unavailable", "Prices are unavailable right now; try again in a moment, or search without the price filters.");
  });
  for (const price of prices) {
    // The list is cheapest first: past the ceiling nothing else fits.
    if (max !== null && price.hundredths > max) break;
    if (params.on_sale === true && !price.onSale) continue;
    ranks.set(price.gameId, ranks.size);
  }
  return { currency, ranks, only: filtered };
}
