import type { Order, OrderLine } from "@/generated/prisma/client";

import type { MailOrder } from "./render-order-emails";

/** The facts an order mail shows, from the order row and its lines (in line id order). */
export function toMailOrder(order: Order & { lines: OrderLine[] }): MailOrder {
  return {
    id: order.id,
    currency: order.currency,
    subtotal: order.subtotal.toFixed(2),
    discount: order.discount.toFixed(2),
    total: order.total.toFixed(2),
    lines: order.lines.map((line) => ({
      title: line.title,
      unitPrice: line.unitPrice.toFixed(2),
      discount: line.discount.toFixed(2),
      lineTotal: line.lineTotal.toFixed(2),
    })),
  };
}
