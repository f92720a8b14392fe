// Price history, wishlists and price.changed envelopes for the deal-alert tests, written straight through Prisma
// as the admin tools write them, and delivered to the consumer the way the event bus does (applyEventOnce).
import { randomUUID } from "node:crypto";

import { getDb } from "@/lib/accounts-db/get-db";
import { applyEventOnce } from "@/lib/events/apply-event-once";
import type { StoreEventEnvelope } from "@/lib/events/store-events";
import type { SendMailInput } from "@/lib/mail";
import { compareAmounts, minAmount } from "@/lib/money";
import { dealAlertsConsumer } from "@/lib/store/deal-alerts/deal-alerts-consumer";
import type { MailDeal } from "@/lib/store/deal-alerts/render-deal-alert-emails";

let clock = Date.UTC(2026, 0, 1);

/**
 * Writes the next PriceChange of a game in a currency (listing made on first use) and returns its price.changed
 * envelope, previous_price and all_time_low derived from the history as the emitter derives them.
 */
export async function nextPrice(gameId: number, currency: string, price: string, { regular = price, percent = 0 } = {}) {
  const db = await getDb();
  const listing = await db.listing.upsert({ where: { gameId }, create: { gameId }, update: {}, select: { id: true } });
  const earlier = await db.priceChange.findMany({ where: { listingId: listing.id, currency }, orderBy: { effectiveFrom: "asc" } });
  clock += 60_000;
  const row = await db.priceChange.create({
    data: { listingId: listing.id, currency, price, regularPrice: regular, discountPercent: percent, effectiveFrom: new Date(clock) },
  });
  const prices = earlier.map((pc) => pc.price.toFixed(2));
  const envelope: StoreEventEnvelope<"price.changed"> = {
    id: randomUUID(),
    type: "price.changed",
    version: 1,
    aggregate_id: listing.id,
    occurred_at: new Date(clock).toISOString(),
    data: {
      price_change_id: row.id,
      game_id: gameId,
      currency,
      price,
      regular_price: regular,
      discount_percent: percent,
      previous_price: prices.at(-1) ?? null,
      all_time_low: prices.length > 0 && compareAmounts(price, minAmount(prices[0]!, ...prices.slice(1))) < 0,
      effective_from: new Date(clock).toISOString(),
    },
  };
  return envelope;
}

export async function deliver(envelope: StoreEventEnvelope<"price.changed">) {
  return applyEventOnce(await getDb())(dealAlertsConsumer, envelope as StoreEventEnvelope);
}

export async function wish(userId: string, gameId: number, threshold?: { amount: string; currency: string }) {
  await (
    await getDb()
  ).wishlistEntry.create({
    data: { userId, gameId, priceDropThreshold: threshold?.amount ?? null, currency: threshold?.currency ?? null },
  });
}

export async function alertsOf(userId: string) {
  return (await getDb()).dealAlert.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

/** A paid order of one game with its entitlement (as fulfilment writes them). */
export async function entitle(userId: string, gameId: number): Promise<void> {
  const db = await getDb();
  const order = await db.order.create({
    data: {
      userId,
      status: "paid",
      currency: "USD",
      subtotal: "9.99",
      discount: "0.00",
      total: "9.99",
      paidAt: new Date(),
      lines: { create: { gameId, title: `Game ${gameId}`, unitPrice: "9.99", discount: "0.00", lineTotal: "9.99" } },
    },
    include: { lines: true },
  });
  await db.entitlement.create({ data: { userId, gameId, orderLineId: order.lines[0]!.id } });
}

/** A queueMail that keeps the mails instead of queueing them, with their job keys. */
export function mailSink() {
  const mails: Array<SendMailInput & { key: string }> = [];
  return { mails, queueMail: async (message: SendMailInput, key: string) => void mails.push({ ...message, key }) };
}

export const deal = (overrides: Partial<MailDeal> = {}): MailDeal => ({
  title: "Chrono <Trigger>",
  url: "https://questlog.test/games/chrono-trigger",
  currency: "USD",
  price: "9.99",
  previousPrice: "19.99",
  discountPercent: 50,
  allTimeLow: false,
  ...overrides,
});
