// The facts every order event carries (lib/events/store-events.ts), from an order row and its lines.
import type { Order, OrderLine } from "@/generated/prisma/client";
import { formatAmount } from "@/lib/money";

export function orderFacts(order: Pick<Order, "id" | "userId" | "currency" | "total">) {
  return { order_id: order.id, user_id: order.userId, currency: order.currency, total: formatAmount(order.total) };
}

export function orderLineFacts(lines: readonly OrderLine[]) {
  return lines.map((line) => ({
    game_id: line.gameId,
    title: line.title,
    unit_price: formatAmount(line.unitPrice),
    discount: formatAmount(line.discount),
    line_total: formatAmount(line.lineTotal),
  }));
}
