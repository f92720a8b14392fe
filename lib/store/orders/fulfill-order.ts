// Fulfilment, exactly once: the webhook job, the success page and reconciliation all call this one function
// with a Checkout Session id. It asks Stripe for the session (never trusting a payload or a URL), and when the
// money is taken runs one transaction: the guarded transition to paid, the Payment row (unique per
// PaymentIntent), an entitlement and an "owned" library entry per game, and the outbox events. Any number
// of concurrent or repeated calls make one fulfilment; the others find the order already paid and stop.
import type { Prisma } from "@/generated/prisma/client";
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import { logger } from "@/lib/log/logger";
import { addAmounts, fromStripeMinorUnits, toStripeMinorUnits } from "@/lib/money";
import { retrieveCheckoutSession } from "@/lib/stripe/checkout-sessions";
import type { CheckoutSessionView } from "@/lib/stripe/stripe-objects";

import { listOwnedGameIds } from "../entitlements/list-owned-game-ids";
import { storeTransaction } from "../store-transaction";
import { orderFacts, orderLineFacts } from "./order-event-facts";
import { transitionOrder } from "./transition-order";

export type FulfillOutcome = "fulfilled" | "already_fulfilled" | "not_paid" | "unknown_order";

export async function fulfillOrder(sessionId: string): Promise<FulfillOutcome> {
  return fulfillFromSession(await retrieveCheckoutSession(sessionId));
}

/** fulfillOrder with a session just fetched from Stripe (reconciliation lists them). */
export async function fulfillFromSession(session: CheckoutSessionView): Promise<FulfillOutcome> {
  if (!session.orderId) {
    logger.warn({ sessionId: session.id }, "checkout session without our order id; ignored");
    return "unknown_order";
  }
  if (session.paymentStatus === "unpaid") return "not_paid";
  const orderId = session.orderId;
  return storeTransaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, include: { lines: true } });
    if (!order) {
      logger.warn({ sessionId: session.id, orderId }, "checkout session for an order we do not have; ignored");
      return "unknown_order";
    }
    const paidAt = new Date();
    const moved = await transitionOrder(tx, order.id, "paid", { paidAt, paymentIntentId: session.paymentIntentId ?? undefined });
    if (!moved) return "already_fulfilled";
    if (session.amountTotal !== null && session.amountTotal !== toStripeMinorUnits(order.total.toFixed(2), order.currency)) {
      // Our frozen total is what the session was created with; a difference is a bug worth an alarm, not a refusal.
      logger.error(
        { orderId, sessionTotal: session.amountTotal, orderTotal: order.total.toFixed(2) },
        "paid amount differs from the order total",
      );
    }
    if (session.paymentIntentId) {
      const amount = session.amountTotal === null ? order.total.toFixed(2) : fromStripeMinorUnits(session.amountTotal, order.currency);
      await tx.payment.createMany({
        data: [{ orderId, providerRef: session.paymentIntentId, amount, currency: order.currency, status: "succeeded" }],
        skipDuplicates: true,
      });
    }
    await appendOutboxEvent(tx, "order.paid", order.id, {
      ...orderFacts(order),
      subtotal: order.subtotal.toFixed(2),
      discount: order.discount.toFixed(2),
      paid_at: paidAt.toISOString(),
      lines: orderLineFacts(order.lines),
    });
    if (order.userId) {
      const duplicates = await grantGames(tx, order.userId, order.id, order.lines);
      if (duplicates.length > 0) await recordDuplicateRefund(tx, order, duplicates);
    }
    return "fulfilled";
  });
}

async function grantGames(
  tx: Prisma.TransactionClient,
  userId: string,
  orderId: string,
  lines: ReadonlyArray<{ id: string; gameId: number }>,
): Promise<string[]> {
  const duplicates: string[] = [];
  const owned = await listOwnedGameIds(
    userId,
    lines.map((line) => line.gameId),
    tx,
  );
  for (const line of lines) {
    if (owned.has(line.gameId)) {
      // Another order (a second tab) was paid for the same game first. The partial unique index allows one live
      // entitlement per game, so this line gets none, and its money goes back (recordDuplicateRefund).
      logger.warn({ orderId, gameId: line.gameId, userId }, "game already owned through another order; refunding the line");
      duplicates.push(line.id);
      continue;
    }
    const entitlement = await tx.entitlement.create({ data: { userId, gameId: line.gameId, orderLineId: line.id }, select: { id: true } });
    // A bought game goes into the library as "want to play" unless the player already tracks it: their status
    // (playing, completed …) is theirs and stays; owning it is shown from the entitlement, not the status.
    await tx.libraryEntry.upsert({
      where: { userId_gameId: { userId, gameId: line.gameId } },
      create: { userId, gameId: line.gameId, status: "WANT" },
      update: {},
    });
    await appendOutboxEvent(tx, "entitlement.granted", entitlement.id, {
      entitlement_id: entitlement.id,
      user_id: userId,
      game_id: line.gameId,
      order_id: orderId,
    });
  }
  return duplicates;
}

/**
 * A refund of the lines bought twice, recorded in the fulfilment's transaction so it cannot be forgotten: the
 * webhook job sends it to Stripe right after (sendUnsentRefunds), and reconciliation does if that fails.
 */
async function recordDuplicateRefund(
  tx: Prisma.TransactionClient,
  order: { id: string; currency: string; lines: ReadonlyArray<{ id: string; lineTotal: Prisma.Decimal }> },
  lineIds: readonly string[],
): Promise<void> {
  const lines = order.lines.filter((line) => lineIds.includes(line.id));
  await tx.refund.create({
    data: {
      orderId: order.id,
      amount: addAmounts(...lines.map((line) => line.lineTotal.toFixed(2))),
      currency: order.currency,
      reason: "duplicate_purchase",
      lines: { create: lines.map((line) => ({ orderLineId: line.id, amount: line.lineTotal })) },
    },
  });
  await transitionOrder(tx, order.id, "refund_pending");
}
