// The first half of checkout, one transaction: lock the user's cart row (SELECT … FOR UPDATE, so a double
// click waits for the first click's transaction), freeze its games into an order at today's prices, write
// `order.placed`, empty the cart and remember the order on it. The second click then finds an empty cart whose
// last order still awaits payment, and answers with that order: one order per click burst.
import type { Order, OrderLine, Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import { AppError } from "@/lib/errors/app-error";
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import { addAmounts, compareAmounts, subtractAmount, type Currency } from "@/lib/money";

import { listOwnedGameIds } from "../entitlements/list-owned-game-ids";
import { orderFacts, orderLineFacts } from "../orders/order-event-facts";
import { getOffers } from "../pricing/get-offers";
import type { Offer } from "../pricing/offer";
import { storeTransaction } from "../store-transaction";
import { firstCheckoutAttempt } from "./open-checkout-session";

export interface PlacedOrder {
  order: Order & { lines: OrderLine[] };
  /** False when the cart was empty and its last order, still awaiting payment, was answered instead. */
  created: boolean;
}

interface Priced {
  offers: Map<number, Offer>;
  /** The games the offers were asked for (absent from `offers`: not for sale). */
  asked: Set<number>;
  titles: Map<number, string>;
}

const CART_CHANGED = Symbol("cart changed");

/**
 * Offers are read before the transaction (the pricing read is its own query, and PGlite has one connection):
 * if the locked cart then holds a game added in between, the prices are read again, up to three times.
 */
export async function placeOrder(user: { id: string; email: string | null }, currency: Currency): Promise<PlacedOrder> {
  const db = await getDb();
  for (let round = 0; round < 3; round++) {
    const ids = (await db.cartItem.findMany({ where: { cart: { userId: user.id } }, select: { gameId: true } })).map((item) => item.gameId);
    const priced: Priced = {
      offers: await getOffers(ids, currency),
      asked: new Set(ids),
      titles: new Map(loadGameSummaries(ids, { includeHidden: true }).map((game) => [game.id, game.name])),
    };
    const placed = await storeTransaction((tx) => placeLocked(tx, user, currency, priced));
    if (placed !== CART_CHANGED) return placed;
  }
  throw new AppError("conflict", "Your cart kept changing during checkout; try again.");
}

async function placeLocked(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string | null },
  currency: Currency,
  { offers, asked, titles }: Priced,
): Promise<PlacedOrder | typeof CART_CHANGED> {
  const [cart] = await tx.$queryRaw<Array<{ id: string; lastOrderId: string | null }>>`
    SELECT id, "lastOrderId" FROM "Cart" WHERE "userId" = ${user.id} FOR UPDATE`;
  const items = cart ? await tx.cartItem.findMany({ where: { cartId: cart.id }, orderBy: [{ addedAt: "asc" }, { gameId: "asc" }] }) : [];
  if (items.length === 0) {
    const last = cart?.lastOrderId ? await tx.order.findUnique({ where: { id: cart.lastOrderId }, include: { lines: true } }) : null;
    if (last && last.userId === user.id && last.status === "pending_payment") return { order: last, created: false };
    throw new AppError("cart_empty", "Your cart is empty.");
  }
  if (items.some((item) => !asked.has(item.gameId))) return CART_CHANGED;
  const gameIds = items.map((item) => item.gameId);
  const owned = await listOwnedGameIds(user.id, gameIds, tx);
  if (owned.size > 0)
    throw new AppError("already_owned", "You already own a game in your cart; remove it first.", { game_ids: [...owned] });
  const unsellable = gameIds.filter((id) => !offers.has(id));
  if (unsellable.length > 0) {
    throw new AppError("not_for_sale", "A game in your cart is no longer for sale; remove it first.", { game_ids: unsellable });
  }
  const lines = items.map((item) => {
    const offer = offers.get(item.gameId)!;
    const seen = item.seenPrice?.toFixed(2) ?? null;
    return {
      gameId: item.gameId,
      title: titles.get(item.gameId) ?? `Game #${item.gameId}`,
      unitPrice: offer.regular_price,
      discount: subtractAmount(offer.regular_price, offer.price),
      lineTotal: offer.price,
      // Changed only when the cart showed a price in this currency and it is not what the buyer pays now.
      changed: seen !== null && item.seenCurrency === currency && compareAmounts(seen, offer.price) !== 0,
    };
  });
  const order = await tx.order.create({
    data: {
      userId: user.id,
      email: user.email,
      currency,
      subtotal: addAmounts(...lines.map((line) => line.unitPrice)),
      discount: addAmounts(...lines.map((line) => line.discount)),
      total: addAmounts(...lines.map((line) => line.lineTotal)),
      priceChanged: lines.some((line) => line.changed),
      ...firstCheckoutAttempt(),
      lines: {
        create: lines.map((line) => ({
          gameId: line.gameId,
          title: line.title,
          unitPrice: line.unitPrice,
          discount: line.discount,
          lineTotal: line.lineTotal,
        })),
      },
    },
    include: { lines: true },
  });
  await appendOutboxEvent(tx, "order.placed", order.id, {
    ...orderFacts(order),
    subtotal: order.subtotal.toFixed(2),
    discount: order.discount.toFixed(2),
    lines: orderLineFacts(order.lines),
  });
  await tx.cartItem.deleteMany({ where: { cartId: cart!.id } });
  await tx.cart.update({ where: { id: cart!.id }, data: { lastOrderId: order.id } });
  return { order, created: true };
}
