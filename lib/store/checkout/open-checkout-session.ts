// The second half of checkout: a Stripe Checkout Session for a pending order. Each attempt has its own
// idempotency key (checkout:{orderId}:{attempt}) and its own fixed expires_at, both stored on the order before
// Stripe is called, so a retry of the same attempt (a timeout, a 503 and the buyer clicking again) sends the
// identical request and Stripe answers with the same session: never two payable sessions for one order.
import type { Order, OrderLine } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { siteUrl } from "@/lib/site";
import { createCheckoutSession } from "@/lib/stripe/checkout-sessions";

import { withGateway } from "../with-gateway";

/** Stripe lets a session live 30 min to 24 h; the buyer gets 30 minutes, plus a minute in which a retry of the same attempt still replays. */
const SESSION_LIFETIME_MS = 31 * 60_000;
const STRIPE_MIN_LIFETIME_MS = 30 * 60_000;

/** What a new order starts with: attempt 1 and its expiry, so the first Checkout Session needs no extra write. */
export function firstCheckoutAttempt(now = Date.now()): { checkoutAttempt: number; checkoutExpiresAt: Date } {
  return { checkoutAttempt: 1, checkoutExpiresAt: new Date(now + SESSION_LIFETIME_MS) };
}

export interface OpenedCheckout {
  checkoutUrl: string;
  sessionId: string;
}

export async function openCheckoutSession(order: Order & { lines: OrderLine[] }): Promise<OpenedCheckout> {
  const now = Date.now();
  if (order.checkoutSessionId && order.checkoutUrl && order.checkoutExpiresAt && order.checkoutExpiresAt.getTime() > now) {
    return { checkoutUrl: order.checkoutUrl, sessionId: order.checkoutSessionId };
  }
  const db = await getDb();
  const attempt = await startAttempt(order, now);
  const lines = [...order.lines].sort((a, b) => a.id.localeCompare(b.id));
  const origin = siteUrl();
  const session = await withGateway(
    () =>
      createCheckoutSession({
        orderId: order.id,
        currency: order.currency,
        lines: lines.map((line) => ({ title: line.title, amount: line.lineTotal.toFixed(2) })),
        customerEmail: order.email,
        expiresAt: attempt.expiresAt,
        successUrl: `${origin}/orders/${order.id}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
        cancelUrl: `${origin}/cart?checkout=canceled&order=${order.id}`,
        idempotencyKey: `checkout:${order.id}:${attempt.number}`,
      }),
    { order_id: order.id },
  );
  await db.order.updateMany({
    where: { id: order.id, checkoutAttempt: attempt.number },
    data: { checkoutSessionId: session.id, checkoutUrl: session.url, checkoutExpiresAt: session.expiresAt },
  });
  if (!session.url) throw new Error(`Checkout Session ${session.id} has no url`);
  return { checkoutUrl: session.url, sessionId: session.id };
}

/**
 * The attempt to send: the stored one while its expires_at still leaves Stripe's 30 minutes (the same request
 * again), else the next one, with a fresh expiry. Stored with a guarded update so two racing callers agree.
 */
async function startAttempt(order: Order, now: number): Promise<{ number: number; expiresAt: Date }> {
  const stored = order.checkoutExpiresAt;
  if (order.checkoutAttempt > 0 && !order.checkoutSessionId && stored && stored.getTime() - now >= STRIPE_MIN_LIFETIME_MS) {
    return { number: order.checkoutAttempt, expiresAt: stored };
  }
  const db = await getDb();
  const next = { number: order.checkoutAttempt + 1, expiresAt: new Date(now + SESSION_LIFETIME_MS) };
  const { count } = await db.order.updateMany({
    where: { id: order.id, checkoutAttempt: order.checkoutAttempt, status: "pending_payment" },
    data: { checkoutAttempt: next.number, checkoutExpiresAt: next.expiresAt, checkoutSessionId: null, checkoutUrl: null },
  });
  if (count === 1) return next;
  // Someone else started an attempt (or the order moved on): follow what is stored now.
  const current = await db.order.findUniqueOrThrow({ where: { id: order.id } });
  if (current.status !== "pending_payment") throw new AppError("order_not_pending", "This order is no longer awaiting payment.");
  return { number: current.checkoutAttempt, expiresAt: current.checkoutExpiresAt ?? next.expiresAt };
}
