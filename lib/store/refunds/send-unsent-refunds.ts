import { getDb } from "@/lib/accounts-db/get-db";
import { logger } from "@/lib/log/logger";

import { sendRefund } from "./request-refund";

/**
 * Sends to Stripe the recorded refunds it has not taken yet (a duplicate purchase refunded at fulfilment, a
 * request made while the gateway was down), each with its own idempotency key, so sending twice refunds once.
 * Narrowed to one order (the webhook job, right after fulfilling it) or to requests older than `olderThan`
 * (reconciliation, which leaves fresh requests to the request that made them). Returns how many went out.
 */
export async function sendUnsentRefunds({ orderId, olderThan }: { orderId?: string; olderThan?: Date }): Promise<number> {
  const db = await getDb();
  const unsent = await db.refund.findMany({
    where: {
      status: "pending",
      providerRefundId: null,
      ...(orderId ? { orderId } : {}),
      ...(olderThan ? { createdAt: { lt: olderThan } } : {}),
    },
    include: { order: { select: { paymentIntentId: true } } },
    take: 500,
  });
  let sent = 0;
  for (const refund of unsent) {
    await sendRefund({ ...refund, paymentIntentId: refund.order.paymentIntentId }).then(
      () => sent++,
      (error: unknown) =>
        logger.warn({ err: error, refundId: refund.id }, "refund not taken by the gateway yet; reconciliation retries it"),
    );
  }
  return sent;
}
