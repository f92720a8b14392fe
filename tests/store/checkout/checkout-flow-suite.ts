// The purchase end to end through the real route handlers, the real stripe client and the Stripe stand-in over
// the network: checkout → pay on the stand-in → signed webhook → job → fulfilled, then the orders API, a
// refund and its webhook. Run on PostgreSQL and on PGlite (checkout-flow.*.test.ts).
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";

import { newBuyer } from "../support/buyer";
import { orderRoutes } from "../support/order-routes";
import { setUpPayments } from "../support/payments-test-env";
import { pay, sessionIdOf, waitFor } from "../support/standin-control";
import { catalogGameIds, listGame, putInCart } from "../support/store-fixtures";

export function checkoutFlowSuite(backend: "postgres" | "pglite"): void {
  const env = setUpPayments({ backend });
  const [gameA, gameB] = catalogGameIds(2) as [number, number];
  let api: ReturnType<typeof orderRoutes>;
  let userId: string;

  beforeAll(async () => {
    await listGame(gameA, { USD: "19.99", EUR: "18.99", JPY: "1980.00" });
    await listGame(gameB, { USD: "12.99", JPY: "1500.00" }, 33);
    const user = await createUser("buyer");
    userId = user.id;
    api = orderRoutes(await sessionCookie(user));
  });

  const orderStatus = (id: string) => async () => (await getDb()).order.findUniqueOrThrow({ where: { id } }).then((o) => o.status);

  describe("checkout → pay → webhook → fulfilled", () => {
    let orderId: string;

    it("places the order at today's prices and answers 201 with the stand-in's hosted page", async () => {
      await putInCart(userId, [gameA, gameB], { price: "12.99", currency: "USD" });
      const { status, body } = await api.checkout({ currency: "usd" });
      expect(status).toBe(201);
      expect(body.checkout_url).toMatch(new RegExp(`^${env.standin.url}/c/pay/cs_`));
      // gameB was seen at 12.99 and sells at 8.70 now (33% off); gameA was seen at 12.99, sells at 19.99.
      expect(body.price_changed).toBe(true);
      orderId = body.order_id;
      const order = await (await getDb()).order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
      expect(order).toMatchObject({ status: "pending_payment", currency: "USD", checkoutAttempt: 1 });
      expect(order.subtotal.toFixed(2)).toBe("32.98");
      expect(order.discount.toFixed(2)).toBe("4.29");
      expect(order.total.toFixed(2)).toBe("28.69");
      expect(await (await getDb()).cartItem.count({ where: { cart: { userId } } })).toBe(0);
    });

    it("answers a second click with the same order and session", async () => {
      const { status, body } = await api.checkout({ currency: "USD" });
      expect(status).toBe(201);
      expect(body.order_id).toBe(orderId);
      expect(env.standin.stats().objects.checkoutSessions).toBe(1);
    });

    it("turns paid once the stand-in's webhook is processed: payment, entitlements, library entries, events", async () => {
      const { body: order } = await api.getOrder(orderId);
      expect(order.status).toBe("pending_payment");
      const paid = await pay(env.standin, sessionIdOf(order.checkout_url));
      expect(paid.status).toBe(200);
      await waitFor(async () => (await orderStatus(orderId)()) === "paid", 5_000, "order paid");
      const db = await getDb();
      expect(await db.payment.count({ where: { orderId } })).toBe(1);
      const entitlements = await db.entitlement.findMany({ where: { userId } });
      expect(entitlements.map((e) => e.gameId).sort()).toEqual([gameA, gameB].sort());
      const library = await db.libraryEntry.findMany({ where: { userId } });
      expect(library.map((e) => [e.gameId, e.status]).sort()).toEqual(
        [
          [gameA, "WANT"],
          [gameB, "WANT"],
        ].sort(),
      );
      const events = await db.outboxEvent.findMany({ where: { aggregateId: orderId }, orderBy: { createdAt: "asc" } });
      expect(events.map((e) => e.type)).toEqual(["order.placed", "order.paid"]);
      expect(await db.outboxEvent.count({ where: { type: "entitlement.granted", payload: { path: ["order_id"], equals: orderId } } })).toBe(
        2,
      );
      await waitFor(async () => (await db.webhookEvent.count({ where: { processedAt: null } })) === 0, 5_000, "events processed");
    });

    it("shows the order in the orders API exactly as the contract has it", async () => {
      const { status, body, headers } = await api.getOrder(orderId);
      expect(status).toBe(200);
      expect(headers.get("cache-control")).toBe("private, no-store");
      expect(Object.keys(body).sort()).toEqual(
        [
          "id",
          "status",
          "currency",
          "subtotal",
          "discount",
          "total",
          "created_at",
          "paid_at",
          "failed_at",
          "expired_at",
          "refunded_at",
          "price_changed",
          "checkout_url",
          "refundable",
          "refund_deadline",
          "lines",
          "refunds",
          "timeline",
        ].sort(),
      );
      expect(body).toMatchObject({ status: "paid", total: "28.69", checkout_url: null, refundable: true, price_changed: true });
      expect(body.lines).toContainEqual(
        expect.objectContaining({ game_id: gameB, unit_price: "12.99", discount: "4.29", line_total: "8.70", refunded: false }),
      );
      expect(body.timeline.map((t: { status: string }) => t.status)).toEqual(["pending_payment", "paid"]);
      const list = await api.listOrders();
      expect(list.status).toBe(200);
      expect(list.body.orders.map((o: { id: string }) => o.id)).toEqual([orderId]);
      expect(list.body.orders[0].timeline).toBeUndefined();
      expect(list.body.next_cursor).toBeNull();
    });

    it("refunds: 202 refund_pending, then the refund webhook makes it refunded and revokes the games", async () => {
      const { status, body } = await api.refund(orderId, { reason: "changed my mind" });
      expect(status).toBe(202);
      expect(body).toMatchObject({ order_id: orderId, status: "refund_pending", amount: "28.69", currency: "USD" });
      const twice = await api.refund(orderId);
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe("refund_in_progress");
      await waitFor(async () => (await orderStatus(orderId)()) === "refunded", 5_000, "order refunded");
      const db = await getDb();
      expect(await db.entitlement.count({ where: { userId, revokedAt: null } })).toBe(0);
      const { body: order } = await api.getOrder(orderId);
      expect(order.refunds).toHaveLength(1);
      expect(order.refunds[0]).toMatchObject({ status: "succeeded", amount: "28.69" });
      expect(order.lines.every((line: { refunded: boolean }) => line.refunded)).toBe(true);
      expect(order.timeline.map((t: { status: string }) => t.status)).toEqual(["pending_payment", "paid", "refund_pending", "refunded"]);
      const again = await api.refund(orderId);
      expect(again.body.error.code).toBe("already_refunded");
      expect(env.standin.stats().objects.refunds).toBe(1);
    });
  });

  describe("a burst of clicks", () => {
    it("five concurrent checkouts of one cart make one order and one Checkout Session", async () => {
      const before = env.standin.stats().objects.checkoutSessions;
      const buyer = await newBuyer("clicker");
      await putInCart(buyer.userId, [gameA]);
      const answers = await Promise.all(Array.from({ length: 5 }, () => buyer.api.checkout({ currency: "EUR" })));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.order_id)).size).toBe(1);
      expect(new Set(answers.map((a) => a.body.checkout_url)).size).toBe(1);
      expect(await (await getDb()).order.count({ where: { userId: buyer.userId } })).toBe(1);
      expect(env.standin.stats().objects.checkoutSessions - before).toBe(1);
    });
  });
}
