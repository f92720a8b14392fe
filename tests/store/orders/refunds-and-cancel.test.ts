// Refund rules and cancelling: the window (REFUND_WINDOW_DAYS), twice, a refund the bank refuses, a cancel
// that expires the session and restores the cart, and a cancel of an order that is not pending.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";

import { checkedOut, orderOf, waitForStatus } from "../support/buyer";
import { setUpPayments } from "../support/payments-test-env";
import { pay, waitFor } from "../support/standin-control";
import { catalogGameIds } from "../support/store-fixtures";

const env = setUpPayments();
const games = catalogGameIds(8, 80);

async function paidOrder(game: number, card?: string) {
  const order = await checkedOut([game]);
  await pay(env.standin, order.sessionId, card);
  await waitForStatus(order.orderId, "paid");
  return order;
}

describe("POST /api/users/me/orders/{id}/refund", () => {
  it("answers 409 refund_window_closed past REFUND_WINDOW_DAYS and changes nothing", async () => {
    const order = await paidOrder(games[0]!);
    await (await getDb()).order.update({ where: { id: order.orderId }, data: { paidAt: new Date(Date.now() - 15 * 86_400_000) } });
    const { status, body } = await order.api.refund(order.orderId);
    expect(status).toBe(409);
    expect(body.error.code).toBe("refund_window_closed");
    expect((await orderOf(order.orderId)).status).toBe("paid");
    expect((await order.api.getOrder(order.orderId)).body.refundable).toBe(false);
  });

  it("answers 409 not_refundable for an order not paid yet", async () => {
    const order = await checkedOut([games[1]!]);
    const { status, body } = await order.api.refund(order.orderId);
    expect(status).toBe(409);
    expect(body.error.code).toBe("not_refundable");
  });

  it("puts the order back to paid when the bank refuses the refund, and keeps the game", async () => {
    const order = await paidOrder(games[2]!, "4000000000005126");
    expect((await order.api.refund(order.orderId)).status).toBe(202);
    await waitFor(async () => (await orderOf(order.orderId)).refunds[0]?.status === "failed", 5_000, "refund failed");
    await waitForStatus(order.orderId, "paid");
    expect(await (await getDb()).entitlement.count({ where: { userId: order.userId, revokedAt: null } })).toBe(1);
    expect((await order.api.getOrder(order.orderId)).body.refundable).toBe(true);
  });
});

describe("POST /api/users/me/orders/{id}/cancel", () => {
  it("expires the Checkout Session, marks the order expired and puts the games back in the cart", async () => {
    const order = await checkedOut([games[3]!, games[4]!]);
    const { status, body } = await order.api.cancel(order.orderId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: order.orderId, status: "expired", checkout_url: null });
    expect(body.timeline.map((t: { status: string }) => t.status)).toEqual(["pending_payment", "expired"]);
    expect(await (await getDb()).cartItem.count({ where: { cart: { userId: order.userId } } })).toBe(2);
    // The session can no longer be paid.
    expect((await pay(env.standin, order.sessionId)).status).toBe(409);
    const again = await order.api.cancel(order.orderId);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("order_not_pending");
  });

  it("refuses to cancel a paid order", async () => {
    const order = await paidOrder(games[5]!);
    const { status, body } = await order.api.cancel(order.orderId);
    expect(status).toBe(409);
    expect(body.error.code).toBe("order_not_pending");
  });
});
