import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { enqueueEmail } from "@/lib/mail/send-email-job";
import { siteUrl } from "@/lib/site";
import { renderOrderConfirmation } from "@/lib/store/emails/render-order-emails";
import { toMailOrder } from "@/lib/store/emails/to-mail-order";
import { isPaidStatus } from "@/lib/store/orders/order-status";

export interface ReceiptResent {
  order_id: string;
  email: string;
  job_id: string;
  /** True when this request id was queued before (a retried click): no second mail. */
  deduplicated: boolean;
}

/**
 * Queues the order confirmation (the receipt mail) again, through the same email.send job as the order-emails
 * consumer. Each resend request has its own id (the Idempotency-Key, or a fresh one), so a new click sends a
 * new mail while a retried request does not. 409 for an order never paid or whose buyer deleted the account.
 */
export async function resendReceipt(orderId: string, requestId: string): Promise<ReceiptResent> {
  const db = await getDb();
  const order = await db.order.findUnique({ where: { id: orderId }, include: { lines: { orderBy: { id: "asc" } } } });
  if (!order) throw new AppError("not_found", "No such order.");
  if (!isPaidStatus(order.status))
    throw new AppError("conflict", "Only a paid order has a receipt.", { reason: "not_paid", status: order.status });
  if (!order.email)
    throw new AppError("conflict", "The buyer's account is deleted: there is no address to send to.", { reason: "no_email" });
  const mail = renderOrderConfirmation(toMailOrder(order), `${siteUrl()}/orders/${order.id}/receipt`);
  const queued = await enqueueEmail({ to: order.email, ...mail }, { dedupeKey: `email:receipt-resend:${order.id}:${requestId}` });
  return { order_id: order.id, email: order.email, job_id: queued.id, deduplicated: queued.deduplicated };
}
