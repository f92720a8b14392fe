import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { SELLABLE_CURRENCIES } from "@/lib/money";
import { gameTitles } from "@/lib/store/listings/game-titles";
import { effectivePrice } from "@/lib/store/pricing/effective-price";

import { checkSaleRules } from "./check-sale-rules";
import type { PreviewSaleBody, SalePreview } from "./sale-schemas";

/**
 * What a sale would show on the storefront: per game and currency, the regular price and the price with the
 * percentage off, rounded as the storefront rounds it (effectivePrice). With start and end given, also every
 * guard-rail the sale would break, so the form can say so before it is submitted. Writes nothing.
 */
export async function previewSale(body: PreviewSaleBody, { now = new Date() } = {}): Promise<SalePreview> {
  const db = await getDb();
  const listings = await db.listing.findMany({
    where: { gameId: { in: body.game_ids } },
    select: { gameId: true, unlistedAt: true, prices: { select: { currency: true, amount: true } } },
  });
  const byGame = new Map(listings.map((listing) => [listing.gameId, listing]));
  const titles = gameTitles(body.game_ids);
  const games = body.game_ids.map((gameId) => {
    const listing = byGame.get(gameId);
    const prices: SalePreview["games"][number]["prices"] = {};
    for (const currency of SELLABLE_CURRENCIES) {
      const amount = listing?.prices.find((p) => p.currency === currency)?.amount;
      if (!amount) continue;
      const regular = amount.toFixed(2);
      prices[currency] = { regular_price: regular, price: effectivePrice(regular, body.percent, currency).price };
    }
    return { game_id: gameId, title: titles.get(gameId)?.title ?? null, listed: !!listing && listing.unlistedAt === null, prices };
  });
  const problems =
    body.starts_at && body.ends_at
      ? await db.$transaction((tx) => checkSaleRules(tx, { gameIds: body.game_ids, startsAt: body.starts_at!, endsAt: body.ends_at! }, now))
      : [];
  return { games, problems };
}
