import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";
import { readPriceChangeFacts } from "@/lib/store/pricing/read-price-change-facts";

import type { MailDeal } from "./render-deal-alert-emails";

/** A DealAlert row as the senders claim it, amounts as decimal strings. */
export interface ClaimedAlert {
  id: string;
  userId: string;
  email: string;
  gameId: number;
  currency: string;
  price: string;
  regularPrice: string;
  discountPercent: number;
  priceChangeId: string;
}

/**
 * What a mail says about each claimed alert, for one batch in two reads: the price before the drop and whether
 * it is an all-time low, read from the price history as the price.changed event was (readPriceChangeFacts), and
 * the game's title and page from the catalog replica.
 */
export async function loadMailDeals(
  tx: Prisma.TransactionClient,
  alerts: readonly ClaimedAlert[],
  origin: string,
): Promise<Map<string, MailDeal>> {
  const changeIds = [...new Set(alerts.map((alert) => alert.priceChangeId))];
  const history = await readPriceChangeFacts(tx, changeIds);
  const byChange = new Map(history.map((row) => [row.id, row]));
  const deals = new Map<string, MailDeal>();
  for (const alert of attachGameCards(alerts)) {
    const facts = byChange.get(alert.priceChangeId);
    deals.set(alert.id, {
      title: alert.game?.name ?? `Game #${alert.gameId}`,
      url: alert.game?.listed ? `${origin}/games/${alert.game.slug}` : `${origin}/wishlist`,
      currency: alert.currency,
      price: alert.price,
      previousPrice: facts?.previousPrice ?? alert.regularPrice,
      discountPercent: alert.discountPercent,
      allTimeLow: facts?.allTimeLow ?? false,
    });
  }
  return deals;
}
