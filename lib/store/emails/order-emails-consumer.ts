// Sends the store's mails from its events: order.paid → confirmation, order.failed → payment failed,
// order.refunded → refund issued. Runs in the consumer's dedupe transaction (one handling per event id), and
// each mail is queued as the email.send job with a key per (type, order or refund), so a redelivered event or a
// retried handler never sends a second copy. No mail for an order whose buyer deleted the account (email cleared).
import { defineEventConsumer } from "@/lib/events/define-event-consumer";
import { enqueueEmail } from "@/lib/mail/send-email-job";
import { siteUrl } from "@/lib/site";

import { renderOrderConfirmation, renderPaymentFailed, renderRefundIssued, type RenderedMail } from "./render-order-emails";
import { toMailOrder } from "./to-mail-order";

export const orderEmailsConsumer = defineEventConsumer({
  name: "order-emails",
  types: ["order.paid", "order.failed", "order.refunded"],
  async handle(event, tx) {
    const order = await tx.order.findUnique({ where: { id: event.aggregate_id }, include: { lines: { orderBy: { id: "asc" } } } });
    if (!order?.email) return;
    const mailOrder = toMailOrder(order);
    const origin = siteUrl();
    let mail: RenderedMail;
    let key: string;
    if (event.type === "order.paid") {
      mail = renderOrderConfirmation(mailOrder, `${origin}/orders/${order.id}/receipt`);
      key = `email:order-confirmation:${order.id}`;
    } else if (event.type === "order.failed") {
      mail = renderPaymentFailed(mailOrder, `${origin}/cart`);
      key = `email:payment-failed:${order.id}`;
    } else {
      const data = event.data as { refund_id: string; amount: string; game_ids: number[] };
      const titles = order.lines.filter((line) => data.game_ids.includes(line.gameId)).map((line) => line.title);
      mail = renderRefundIssued(mailOrder, { amount: data.amount, titles }, `${origin}/orders/${order.id}`);
      key = `email:refund-issued:${data.refund_id}`;
    }
    await enqueueEmail({ to: order.email, ...mail }, { dedupeKey: key });
  },
});
