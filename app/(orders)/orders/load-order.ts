import "server-only";

import { notFound } from "next/navigation";

import { AppError } from "@/lib/errors/app-error";
import { withOrderStatus, type OrderView } from "@/lib/query/order-view";
import { getOrderForUser } from "@/lib/store/orders/get-order-for-user";

import { parseOrderId } from "./order-id";

/**
 * The viewer's order for /orders/{id} and its receipt, or the 404 page: a malformed id, a missing order and
 * another player's order all look the same.
 */
export async function loadOrderOr404(rawId: string, userId: string): Promise<OrderView> {
  const id = parseOrderId(rawId);
  if (!id) notFound();
  try {
    return withOrderStatus(await getOrderForUser(id, userId));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
