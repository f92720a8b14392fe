// Repairs what a missed webhook left behind (Stripe retries for days, but an outage, a dropped delivery or a
// lost job must not leave a paid order unfulfilled): Stripe's recent Checkout Sessions and refunds are compared
// with our orders, and any disagreement runs the same functions the webhook job runs. Refund requests the
// gateway never took (it was down) are sent again with their own idempotency key.
import { getDb } from "@/lib/accounts-db/get-db";
import { logger } from "@/lib/log/logger";
import { listRecentCheckoutSessions } from "@/lib/stripe/checkout-sessions";
import { listRecentRefunds } from "@/lib/stripe/refunds";

import { closeFromSession } from "../orders/close-unpaid-order";
import { fulfillFromSession } from "../orders/fulfill-order";
import { isPaidStatus } from "../orders/order-status";
import { sendUnsentRefunds } from "../refunds/send-unsent-refunds";
import { syncRefundsOfPaymentIntent } from "../refunds/sync-refunds";

export interface ReconcileReport {
  sessions: number;
  fulfilled: number;
  closed: number;
  refundsSynced: number;
  refundsResent: number;
}

/** Looks back this far: Checkout Sessions live at most 24 h. */
const LOOKBACK_MS = 25 * 3_600_000;
/** A refund request this old without Stripe's id was not taken by the gateway. */
const REFUND_RESEND_AFTER_MS = 60_000;

export async function reconcilePayments(now = new Date()): Promise<ReconcileReport> {
  const db = await getDb();
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const report: ReconcileReport = { sessions: 0, fulfilled: 0, closed: 0, refundsSynced: 0, refundsResent: 0 };

  const sessions = (await listRecentCheckoutSessions(since)).filter((session) => session.orderId !== null);
  report.sessions = sessions.length;
  const orders = new Map(
    (
      await db.order.findMany({
        where: { id: { in: sessions.map((session) => session.orderId!) } },
        select: { id: true, status: true, checkoutSessionId: true },
      })
    ).map((order) => [order.id, order]),
  );
  for (const session of sessions) {
    const order = orders.get(session.orderId!);
    if (!order) continue;
    const paid = session.paymentStatus !== "unpaid";
    if (paid && !isPaidStatus(order.status)) {
      if ((await fulfillFromSession(session)) === "fulfilled") report.fulfilled++;
    } else if (!paid && order.status === "pending_payment" && order.checkoutSessionId === session.id && session.status !== "open") {
      const outcome = await closeFromSession(session);
      if (outcome === "expired" || outcome === "failed") report.closed++;
    }
  }

  const refunds = await listRecentRefunds(since);
  const known = new Map(
    (
      await db.refund.findMany({
        where: { providerRefundId: { in: refunds.map((refund) => refund.id) } },
        select: { providerRefundId: true, status: true },
      })
    ).map((row) => [row.providerRefundId, row.status]),
  );
  const stale = new Set(
    refunds.filter((refund) => refund.paymentIntentId && known.get(refund.id) !== refund.status).map((refund) => refund.paymentIntentId!),
  );
  for (const paymentIntentId of stale) {
    await syncRefundsOfPaymentIntent(paymentIntentId);
    report.refundsSynced++;
  }

  report.refundsResent = await sendUnsentRefunds({ olderThan: new Date(now.getTime() - REFUND_RESEND_AFTER_MS) });
  if (report.fulfilled || report.closed || report.refundsSynced || report.refundsResent)
    logger.warn(report, "payments reconciled: webhooks were missed");
  return report;
}
