// Who may do what with an order: another user's order is a 404 on every route (IDOR), signed-out is a 401,
// cross-site or non-JSON writes are refused (CSRF) and change nothing, and bad input is a 4xx, never a 500.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";

import { checkedOut, newBuyer, orderOf, waitForStatus, type CheckedOut } from "../support/buyer";
import { orderRoutes } from "../support/order-routes";
import { setUpPayments } from "../support/payments-test-env";
import { pay } from "../support/standin-control";
import { catalogGameIds, listGame, putInCart } from "../support/store-fixtures";

const env = setUpPayments();
const games = catalogGameIds(8, 60);
let paidOrder: CheckedOut;
let pendingOrder: CheckedOut;
let intruder: Awaited<ReturnType<typeof newBuyer>>;

beforeAll(async () => {
  paidOrder = await checkedOut([games[0]!]);
  await pay(env.standin, paidOrder.sessionId);
  await waitForStatus(paidOrder.orderId, "paid");
  pendingOrder = await checkedOut([games[1]!]);
  intruder = await newBuyer("intruder");
});

describe("another user's order (IDOR)", () => {
  it("is a 404 to read, refund and cancel, exactly like an order that does not exist, and nothing changes", async () => {
    for (const target of [paidOrder.orderId, pendingOrder.orderId, "a0000000000000000000000z"]) {
      const read = await intruder.api.getOrder(target);
      expect(read.status).toBe(404);
      expect(read.body.error.code).toBe("not_found");
      expect((await intruder.api.refund(target)).status).toBe(404);
      expect((await intruder.api.cancel(target)).status).toBe(404);
    }
    expect((await orderOf(paidOrder.orderId)).status).toBe("paid");
    expect((await orderOf(pendingOrder.orderId)).status).toBe("pending_payment");
    expect((await intruder.api.listOrders()).body.orders).toEqual([]);
    expect(env.standin.stats().objects.refunds).toBe(0);
  });
});

describe("signed out", () => {
  it("is a 401 on every route", async () => {
    const anonymous = orderRoutes();
    expect((await anonymous.checkout()).status).toBe(401);
    expect((await anonymous.listOrders()).status).toBe(401);
    expect((await anonymous.getOrder(paidOrder.orderId)).status).toBe(401);
    expect((await anonymous.refund(paidOrder.orderId)).status).toBe(401);
    expect((await anonymous.cancel(pendingOrder.orderId)).status).toBe(401);
  });
});

describe("CSRF", () => {
  const crossSite = { origin: "https://evil.example" };
  const formPost = { "content-type": "application/x-www-form-urlencoded" };

  it.each([
    ["a cross-site Origin", crossSite],
    ["a form content type", formPost],
  ])("refuses checkout, refund and cancel from %s with 403 and changes nothing", async (_name, headers) => {
    const buyer = await newBuyer("csrf");
    await listGame(games[2]!, { USD: "9.99" });
    await putInCart(buyer.userId, [games[2]!]);
    expect((await buyer.api.checkout({}, headers)).status).toBe(403);
    expect(await (await getDb()).order.count({ where: { userId: buyer.userId } })).toBe(0);
    expect((await paidOrder.api.refund(paidOrder.orderId, { reason: "x" }, headers)).status).toBe(403);
    expect((await pendingOrder.api.cancel(pendingOrder.orderId, headers)).status).toBe(403);
    expect((await orderOf(paidOrder.orderId)).status).toBe("paid");
    expect((await orderOf(pendingOrder.orderId)).status).toBe("pending_payment");
  });
});

describe("bad input is a 4xx, never a 500", () => {
  it("answers 409 cart_empty for an empty cart", async () => {
    const buyer = await newBuyer("empty");
    const { status, body } = await buyer.api.checkout({ currency: "USD" });
    expect(status).toBe(409);
    expect(body.error.code).toBe("cart_empty");
  });

  it.each([
    ["an unknown currency", { currency: "XYZ" }],
    ["a currency we do not sell", { currency: "CHF" }],
    ["a number for a currency", { currency: 840 }],
    ["an unknown field", { currency: "USD", coupon: "FREE" }],
    ["an array", []],
  ])("answers 400 for %s", async (_name, body) => {
    const buyer = await newBuyer("bad");
    const { status } = await buyer.api.checkout(body);
    expect(status).toBe(400);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const { status, body } = await intruder.api.checkout("{currency:", {});
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_json");
  });

  it("answers 409 already_owned and not_for_sale with the games named", async () => {
    const owner = paidOrder;
    await putInCart(owner.userId, [games[0]!]);
    const owned = await owner.api.checkout({ currency: "USD" });
    expect(owned.status).toBe(409);
    expect(owned.body.error).toMatchObject({ code: "already_owned", details: { game_ids: [games[0]] } });
    await (await getDb()).cartItem.deleteMany({ where: { cart: { userId: owner.userId } } });
    const buyer = await newBuyer("unlisted");
    await putInCart(buyer.userId, [games[3]!]); // never listed
    const unlisted = await buyer.api.checkout({ currency: "USD" });
    expect(unlisted.status).toBe(409);
    expect(unlisted.body.error).toMatchObject({ code: "not_for_sale", details: { game_ids: [games[3]] } });
    await listGame(games[4]!, { USD: "5.00" }); // listed, but not in yen
    await (await getDb()).cartItem.deleteMany({ where: { cart: { userId: buyer.userId } } });
    await putInCart(buyer.userId, [games[4]!]);
    expect((await buyer.api.checkout({ currency: "JPY" })).body.error.code).toBe("not_for_sale");
  });

  it.each([
    ["a missing reason", {}],
    ["an empty reason", { reason: "  " }],
    ["a reason too long", { reason: "x".repeat(501) }],
    ["a wrong type", { reason: 42 }],
  ])("answers 400 to a refund with %s", async (_name, body) => {
    expect((await paidOrder.api.refund(paidOrder.orderId, body)).status).toBe(400);
  });

  it.each(["../etc", "x", "A".repeat(41), "%00"])("answers 400 to the order id %j", async (id) => {
    expect((await paidOrder.api.getOrder(id)).status).toBe(400);
  });

  it("answers 400 to a bad list cursor or limit", async () => {
    expect((await paidOrder.api.listOrders("?limit=0")).status).toBe(400);
    expect((await paidOrder.api.listOrders("?limit=abc")).status).toBe(400);
    expect((await paidOrder.api.listOrders("?sort=1")).status).toBe(400);
  });
});
