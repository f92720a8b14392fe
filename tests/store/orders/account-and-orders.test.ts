// Orders and the account: the export carries the orders; deleting the account keeps them for accounting,
// anonymous (buyer and address cleared in the same transaction), and its entitlements go with the account.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { deleteAccount } from "@/lib/auth/delete-account";
import { exportAccountData } from "@/lib/auth/export-account-data";
import { STRONG_PASSWORD } from "@/tests/auth/support/users";

import { checkedOut, orderOf, waitForStatus } from "../support/buyer";
import { setUpPayments } from "../support/payments-test-env";
import { pay } from "../support/standin-control";
import { catalogGameIds } from "../support/store-fixtures";

const env = setUpPayments();
const [game] = catalogGameIds(1, 120) as [number];

describe("orders in the account's lifecycle", () => {
  it("exports the orders, then keeps them anonymous when the account is deleted", async () => {
    const order = await checkedOut([game]);
    await pay(env.standin, order.sessionId);
    await waitForStatus(order.orderId, "paid");
    const exported = await exportAccountData(order.userId);
    expect(exported.orders).toEqual([expect.objectContaining({ id: order.orderId, status: "paid", total: "19.99" })]);
    expect(exported.orders[0]).not.toHaveProperty("timeline");

    await deleteAccount(order.userId, { password: STRONG_PASSWORD }, undefined, new Headers());
    const kept = await orderOf(order.orderId);
    expect(kept).toMatchObject({ userId: null, email: null, status: "paid" });
    expect(kept.payments).toHaveLength(1);
    expect(await (await getDb()).entitlement.count({ where: { userId: order.userId } })).toBe(0);
  });
});
