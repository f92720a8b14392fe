// The store's mails, as text and HTML: order confirmation (lines, totals, receipt link), payment failed, refund
// issued. Pure functions of the order's facts, so they are tested without a mail server; the consumer
// (order-emails-consumer.ts) queues them.
import { formatMoney } from "@/lib/money";
import { escapeHtml } from "@/lib/text/escape-html";

export interface MailOrder {
  id: string;
  currency: string;
  subtotal: string;
  discount: string;
  total: string;
  lines: ReadonlyArray<{ title: string; unitPrice: string; discount: string; lineTotal: string }>;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const short = (orderId: string) => orderId.slice(-8).toUpperCase();

function layout(title: string, body: string): string {
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>
${body}
</body></html>`;
}

function button(url: string, label: string): string {
  return `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#4f46e5;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;
}

export function renderOrderConfirmation(order: MailOrder, receiptUrl: string): RenderedMail {
  const money = (amount: string) => formatMoney(amount, order.currency);
  const subject = `Your Questlog order ${short(order.id)}: ${order.lines.length === 1 ? order.lines[0]!.title : `${order.lines.length} games`}`;
  const totals: Array<[string, string]> = [
    ["Subtotal", money(order.subtotal)],
    ...(order.discount !== "0.00" ? [["Discount", `−${money(order.discount)}`] as [string, string]] : []),
    ["Total paid", money(order.total)],
  ];
  const text = [
    "Thank you for your purchase. The games are in your library now.",
    "",
    ...order.lines.map(
      (line) => `- ${line.title}: ${money(line.lineTotal)}${line.discount !== "0.00" ? ` (was ${money(line.unitPrice)})` : ""}`,
    ),
    "",
    ...totals.map(([label, value]) => `${label}: ${value}`),
    "",
    `Receipt: ${receiptUrl}`,
  ].join("\n");
  const rows = order.lines
    .map(
      (line) =>
        `<tr><td style="padding:4px 12px 4px 0">${escapeHtml(line.title)}</td><td style="text-align:right">${escapeHtml(money(line.lineTotal))}</td></tr>`,
    )
    .join("\n");
  const totalRows = totals
    .map(
      ([label, value]) =>
        `<tr><th style="text-align:left;padding:4px 12px 4px 0">${escapeHtml(label)}</th><td style="text-align:right">${escapeHtml(value)}</td></tr>`,
    )
    .join("\n");
  const html = layout(
    subject,
    `<p>Thank you for your purchase. The games are in your library now.</p>
<table style="border-collapse:collapse">${rows}
${totalRows}</table>
${button(receiptUrl, "View your receipt")}`,
  );
  return { subject, text, html };
}

export function renderPaymentFailed(order: MailOrder, cartUrl: string): RenderedMail {
  const subject = `Your payment for Questlog order ${short(order.id)} did not go through`;
  const paragraph =
    "Your bank did not confirm the payment, so nothing was charged. The games are back in your cart if you want to try again.";
  return {
    subject,
    text: `${paragraph}\n\n${cartUrl}`,
    html: layout(subject, `<p>${escapeHtml(paragraph)}</p>${button(cartUrl, "Open your cart")}`),
  };
}

export function renderRefundIssued(
  order: MailOrder,
  refund: { amount: string; titles: readonly string[] },
  orderUrl: string,
): RenderedMail {
  const amount = formatMoney(refund.amount, order.currency);
  const subject = `Refund of ${amount} for Questlog order ${short(order.id)}`;
  const games = refund.titles.length > 0 ? ` It covers ${refund.titles.join(", ")}, which left your library.` : "";
  const paragraph = `We refunded ${amount} to your original payment method; your bank may take a few days to show it.${games}`;
  return {
    subject,
    text: `${paragraph}\n\n${orderUrl}`,
    html: layout(subject, `<p>${escapeHtml(paragraph)}</p>${button(orderUrl, "View the order")}`),
  };
}
