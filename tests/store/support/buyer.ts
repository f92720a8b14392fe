// A signed-in buyer with listed games in the cart, checked out: the order and its Checkout Session.
import { getDb } from "@/lib/accounts-db/get-db";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";

import { orderRoutes } from "./order-routes";
import { sessionIdOf, waitFor } from "./standin-control";
import { listGame, putInCart } from "./store-fixtures";

export interface CheckedOut {
  userId: string;
  api: ReturnType<typeof orderRoutes>;
  orderId: string;
  sessionId: string;
  checkoutUrl: string;
}

export async function newBuyer(prefix = "buyer") {
  const user = await createUser(prefix);
  return { userId: user.id, api: orderRoutes(await sessionCookie(user)) };
}

/** Lists the games (USD 19.99, JPY 1980) if needed, fills a new buyer's cart and checks out. */
export async function checkedOut(
  gameIds: number[],
  currency = "USD",
  prices = { USD: "19.99", JPY: "1980.00", EUR: "18.99" },
): Promise<CheckedOut> {
  for (const gameId of gameIds) await listGame(gameId, prices);
  const buyer = await newBuyer();
  await putInCart(buyer.userId, gameIds);
  const { status, body } = await buyer.api.checkout({ currency });
  if (status !== 201) throw new Error(`checkout answered ${status}: ${JSON.stringify(body)}`);
  return { ...buyer, orderId: body.order_id, sessionId: sessionIdOf(body.checkout_url), checkoutUrl: body.checkout_url };
}

export async function orderOf(orderId: string) {
  return (await getDb()).order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, payments: true, refunds: true } });
}

export function waitForStatus(orderId: string, status: string, timeoutMs = 5_000) {
  return waitFor(async () => (await orderOf(orderId)).status === status, timeoutMs, `order ${orderId} ${status}`);
}

/** Waits until every recorded webhook event has been processed by its job. */
export function waitForWebhooks(timeoutMs = 5_000) {
  return waitFor(async () => (await (await getDb()).webhookEvent.count({ where: { processedAt: null } })) === 0, timeoutMs, "webhook jobs");
}
