import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { nudgeRelay } from "@/lib/events/nudge-relay";
import { isWholeCoins, SELLABLE_CURRENCIES, type Currency } from "@/lib/money";
import { forgetStorePrices } from "@/lib/store/pricing/list-store-prices";
import { setListingPrices } from "@/lib/store/pricing/set-listing-prices";
import { takeSalesLock } from "@/lib/store/sales/sales-lock";

import { findPriceLocks } from "./find-price-locks";
import { gameTitles } from "./game-titles";
import type { UpdateListingBody } from "./listing-schemas";
import { revalidateStorePages } from "./revalidate-store-pages";

export interface ListingChanges {
  created: boolean;
  listed?: { from: boolean; to: boolean };
  prices: Partial<Record<Currency, { from: string | null; to: string }>>;
}

/**
 * Lists or unlists a game and sets its base prices, in one transaction under the sales lock. A price edit while a
 * sale of the game is live or scheduled is refused (409 `price_locked_by_sale`). A game with no listing gets one
 * when it is in the catalog and the body prices it in every currency. Prices go through setListingPrices, which
 * records the history and its `price.changed` events in the same transaction. Returns what changed (for the
 * audit log); an edit to the same values changes nothing.
 *
 * @example
 * await updateListing(1942, { prices: { USD: "19.99" } });
 */
export async function updateListing(gameId: number, body: UpdateListingBody, { now = new Date() } = {}): Promise<ListingChanges> {
  const db = await getDb();
  const changes = await db.$transaction(async (tx): Promise<ListingChanges> => {
    await takeSalesLock(tx);
    const fractional = SELLABLE_CURRENCIES.filter((currency) => body.prices?.[currency] && !isWholeCoins(body.prices[currency]!, currency));
    if (fractional.length > 0)
      throw new AppError("invalid_parameters", `Whole coins only in ${fractional.join(", ")}.`, { currencies: fractional });
    let listing = await tx.listing.findUnique({ where: { gameId }, include: { prices: true } });
    const changes: ListingChanges = { created: false, prices: {} };
    if (!listing) {
      if (!gameTitles([gameId]).has(gameId)) throw new AppError("not_found", `No game has the id ${gameId}.`);
      const missing = SELLABLE_CURRENCIES.filter((currency) => !body.prices?.[currency]);
      if (missing.length > 0)
        throw new AppError("invalid_parameters", `A new listing needs a price in every currency (missing ${missing.join(", ")}).`, {
          missing,
        });
      listing = await tx.listing.create({
        data: { gameId, listedAt: now, unlistedAt: body.listed === false ? now : null },
        include: { prices: true },
      });
      changes.created = true;
    } else if (body.listed !== undefined && body.listed !== (listing.unlistedAt === null)) {
      await tx.listing.update({
        where: { id: listing.id },
        data: body.listed ? { unlistedAt: null, listedAt: now } : { unlistedAt: now },
      });
      changes.listed = { from: !body.listed, to: body.listed };
    }

    const current = new Map(listing.prices.map((p) => [p.currency, p.amount.toFixed(2)]));
    const edits = SELLABLE_CURRENCIES.flatMap((currency) => {
      const amount = body.prices?.[currency];
      return amount !== undefined && current.get(currency) !== amount ? [{ listingId: listing.id, currency, amount }] : [];
    });
    if (edits.length > 0) {
      const lock = (await findPriceLocks(tx, [listing.id], now)).get(listing.id);
      if (lock)
        throw new AppError(
          "price_locked_by_sale",
          `The base price cannot change while the sale "${lock.sale.name}" is ${new Date(lock.sale.starts_at) <= now ? "live" : "scheduled"}.`,
          { sale: lock.sale },
        );
      await setListingPrices(tx, edits, { now });
      for (const edit of edits) changes.prices[edit.currency] = { from: current.get(edit.currency) ?? null, to: edit.amount };
    }
    return changes;
  });
  if (Object.keys(changes.prices).length > 0) nudgeRelay();
  forgetStorePrices(); // this process's search price filters show the edit at once (others within a minute)
  if (changes.created || changes.listed || Object.keys(changes.prices).length > 0) revalidateStorePages([gameId]);
  return changes;
}
