import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";

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

interface HistoryRow {
  id: string;
  previous: string | null;
  allTimeLow: boolean;
}

/**
 * What a mail says about each claimed alert, for one batch in two reads: the price before the drop and whether
 * it is an all-time low, from the price history (the unique index (listingId, currency, effectiveFrom) finds a
 * change's predecessors), and the game's title and page from the catalog replica.
 */
export async function loadMailDeals(
  tx: Prisma.TransactionClient,
  alerts: readonly ClaimedAlert[],
  origin: string,
): Promise<Map<string, MailDeal>> {
  const changeIds = [...new Set(alerts.map((alert) => alert.priceChangeId))];
  const history = await tx.$queryRaw<HistoryRow[]>`
    SELECT pc.id, prev.price::text AS previous, (earlier.low IS NOT NULL AND pc.price < earlier.low) AS "allTimeLow"
    FROM "PriceChange" pc
    LEFT JOIN LATERAL (
      SELECT p.price FROM "PriceChange" p
      WHERE p."listingId" = pc."listingId" AND p.currency = pc.currency AND p."effectiveFrom" < pc."effectiveFrom"
      ORDER BY p."effectiveFrom" DESC LIMIT 1
    ) prev ON true
    LEFT JOIN LATERAL (
      SELECT min(p.price) AS low FROM "PriceChange" p
      WHERE p."listingId" = pc."listingId" AND p.currency = pc.currency AND p."effectiveFrom" < pc."effectiveFrom"
    ) earlier ON true
    WHERE pc.id = ANY(${changeIds})`;
  const byChange = new Map(history.map((row) => [row.id, row]));
  const deals = new Map<string, MailDeal>();
  for (const alert of attachGameCards(alerts)) {
    const facts = byChange.get(alert.priceChangeId);
    deals.set(alert.id, {
      title: alert.game?.name ?? `Game #${alert.gameId}`,
      url: alert.game?.listed ? `${origin}/games/${alert.game.slug}` : `${origin}/wishlist`,
      currency: alert.currency,
      price: alert.price,
      previousPrice: facts?.previous ?? alert.regularPrice,
      discountPercent: alert.discountPercent,
      allTimeLow: facts?.allTimeLow ?? false,
    });
  }
  return deals;
}
