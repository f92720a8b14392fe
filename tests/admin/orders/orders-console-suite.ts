// The orders console end to end on PostgreSQL with the Stripe stand-in over the network: search filters and
// keyset paging, the timeline from outbox events and audit entries, admin refunds (partial amounts that allocate
// exactly, idempotent by key: one Refund and one Stripe refund, over-refunds refused with 409, the game taken
// back only for a line refunded in full), and the receipt sent again.
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import { listRefundsOfPaymentIntent } from "@/lib/stripe/refunds";
import type { Json } from "@/tests/auth/support/api-request";
import { checkedOut, orderOf, waitForStatus, waitForWebhooks } from "@/tests/store/support/buyer";
import { setUpPayments } from "@/tests/store/support/payments-test-env";
import { pay, waitFor } from "@/tests/store/support/standin-control";
import { catalogGameIds } from "@/tests/store/support/store-fixtures";

import { newAdmin } from "./admin-orders-support";

/** The suite on one accounts backend (PostgreSQL, or PGlite as a zero-config install runs it). */
export function ordersConsoleSuite(backend: "postgres" | "pglite"): void {
  const env = setUpPayments({ backend });
  const games = catalogGameIds(20, 300);
  let admin: Awaited<ReturnType<typeof newAdmin>>;

  beforeAll(async () => {
    admin = await newAdmin();
  });

  async function paidOrder(gameIds: number[]) {
    const order = await checkedOut(gameIds);
    await pay(env.standin, order.sessionId);
    await waitForStatus(order.orderId, "paid");
    await waitForWebhooks();
    return order;
  }

  /** Waits until the order's refunds have all settled (the refund webhook applied them). */
  async function settled(orderId: string) {
    await waitFor(async () => (await orderOf(orderId)).refunds.every((r) => r.status !== "pending"), 5_000, "refunds settled");
    await waitForWebhooks();
    return orderOf(orderId);
  }

  const emailOf = async (userId: string) => (await (await getDb()).user.findUniqueOrThrow({ where: { id: userId } })).email;

  describe("GET /api/admin/orders", () => {
    it("finds orders by buyer email, id, status and day, newest first, a page at a time", async () => {
      const first = await paidOrder([games[0]!]);
      const unpaid = await checkedOut([games[1]!]);
      const email = await emailOf(first.userId);
      const byEmail = await admin.api.search(`?email=${encodeURIComponent(email.toUpperCase())}`);
      expect(byEmail.status).toBe(200);
      expect(byEmail.body.orders.map((o: Json) => o.id)).toEqual([first.orderId]);
      expect(byEmail.body.orders[0]).toMatchObject({ status: "paid", currency: "USD", total: "19.99", lineCount: 1, email });

      const byId = await admin.api.search(`?id=${unpaid.orderId}`);
      expect(byId.body.orders.map((o: Json) => o.id)).toEqual([unpaid.orderId]);
      const pending = await admin.api.search(`?status=pending_payment&limit=100`);
      expect(pending.body.orders.map((o: Json) => o.id)).toContain(unpaid.orderId);
      expect(pending.body.orders.every((o: Json) => o.status === "pending_payment")).toBe(true);

      const today = new Date().toISOString().slice(0, 10);
      expect((await admin.api.search(`?from=2000-01-01&to=2000-01-31`)).body.orders).toEqual([]);
      const todays = await admin.api.search(`?from=${today}&to=${today}&limit=100`);
      expect(todays.body.orders.map((o: Json) => o.id)).toEqual(expect.arrayContaining([first.orderId, unpaid.orderId]));

      // Paging: one at a time, newest first, every order once.
      const seen: string[] = [];
      let cursor: string | null = "";
      while (cursor !== null) {
        const page = await admin.api.search(`?limit=1&from=${today}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(page.body.orders.length).toBeLessThanOrEqual(1);
        seen.push(...page.body.orders.map((o: Json) => o.id));
        cursor = page.body.nextCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(todays.body.orders.map((o: Json) => o.id));
      expect(seen.indexOf(unpaid.orderId)).toBeLessThan(seen.indexOf(first.orderId));
    });

    it("refuses malformed filters with 4xx and the JSON error shape", async () => {
      for (const query of [
        "?status=shipped",
        "?from=2026-02-30",
        "?id=../../etc",
        "?cursor=nope",
        "?limit=0",
        "?from=2026-12-07&to=2026-12-01",
      ]) {
        const res = await admin.api.search(query);
        expect(res.status, query).toBeGreaterThanOrEqual(400);
        expect(res.status, query).toBeLessThan(500);
        expect(res.body.error.code, query).toBeTruthy();
      }
      expect((await admin.api.search("?email=nobody-at-all@example.test")).body).toEqual({ orders: [], nextCursor: null });
    });
  });

  describe("GET /api/admin/orders/{id}", () => {
    it("shows lines, payment and a timeline built from the outbox events, oldest first", async () => {
      const order = await paidOrder([games[2]!, games[3]!]);
      const { status, body } = await admin.api.order(order.orderId);
      expect(status).toBe(200);
      expect(body.lines).toHaveLength(2);
      expect(body.lines[0]).toMatchObject({ refunded: "0.00", refundable: "19.99", entitlement: { revokedAt: null } });
      expect(body.payments).toEqual([expect.objectContaining({ amount: "39.98", status: "succeeded" })]);
      const types = body.timeline.map((t: Json) => t.type);
      expect(types).toEqual(["order.placed", "order.paid", "entitlement.granted", "entitlement.granted"]);
      expect(body.timeline[1].summary).toBe("Paid 39.98 USD");
      expect((await admin.api.order("zzzzzzzzzzzzzzzz")).status).toBe(404);
      expect((await admin.api.order("not an id")).status).toBe(400);
    });
  });

  describe("POST /api/admin/orders/{id}/refunds", () => {
    it("splits a total over lines exactly, refunds once for a repeated key, and keeps the games of part-refunded lines", async () => {
      const order = await paidOrder([games[4]!, games[5]!, games[6]!]);
      const db = await getDb();
      const lines = (await orderOf(order.orderId)).lines.sort((a, b) => a.id.localeCompare(b.id));
      const key = randomUUID();
      const body = { lines: lines.map((l) => ({ line_id: l.id })), amount: "10.00", reason: "goodwill", note: "late delivery" };
      const [a, b] = await Promise.all([
        admin.api.refund(order.orderId, body, { "idempotency-key": key }),
        admin.api.refund(order.orderId, body, { "idempotency-key": key }),
      ]);
      expect([a.status, b.status]).toEqual([202, 202]);
      expect(a.body.refund_id).toBe(key);
      expect(b.body.refund_id).toBe(key);
      expect([a.body.replayed, b.body.replayed].sort()).toEqual([false, true]);
      // 10.00 over three equal lines: 3.34 + 3.33 + 3.33, the extra cent to the first (largest remainder, ties first).
      const parts = (a.body.lines as Json[]).map((l) => l.amount).sort();
      expect(parts).toEqual(["3.33", "3.33", "3.34"]);
      const after = await settled(order.orderId);
      expect(after.status).toBe("partially_refunded");
      expect(await db.refund.count({ where: { orderId: order.orderId } })).toBe(1);
      expect(await listRefundsOfPaymentIntent(after.paymentIntentId!)).toHaveLength(1);
      // Money back, games kept: no line is refunded in full.
      expect(await db.entitlement.count({ where: { userId: order.userId, revokedAt: null } })).toBe(3);
      expect(after.lines.every((l) => l.refundedAt === null)).toBe(true);
      // One audit entry, on the timeline beside the events.
      const detail = (await admin.api.order(order.orderId)).body;
      expect(detail.timeline.filter((t: Json) => t.type === "order.refund")).toHaveLength(1);
      expect(detail.timeline.map((t: Json) => t.type)).toContain("order.refunded");
      expect(detail.lines.map((l: Json) => l.refundable).sort()).toEqual(["16.65", "16.66", "16.66"]);

      // The same key for a different request is refused.
      const reused = await admin.api.refund(order.orderId, { ...body, reason: "other" }, { "idempotency-key": key });
      expect(reused.status).toBe(409);
      expect(reused.body.error.details.reason).toBe("idempotency_key_reused");
    });

    it("answers 409 exceeds_remaining for more than is left of a line, and changes nothing", async () => {
      const order = await paidOrder([games[7]!]);
      const line = (await orderOf(order.orderId)).lines[0]!;
      expect((await admin.api.refund(order.orderId, { lines: [{ line_id: line.id, amount: "5.00" }], reason: "other" })).status).toBe(202);
      await settled(order.orderId);
      const over = await admin.api.refund(order.orderId, { lines: [{ line_id: line.id, amount: "15.00" }], reason: "other" });
      expect(over.status).toBe(409);
      expect(over.body.error.details).toMatchObject({
        reason: "exceeds_remaining",
        lines: [{ line_id: line.id, requested: "15.00", remaining: "14.99" }],
      });
      expect(await (await getDb()).refund.count({ where: { orderId: order.orderId } })).toBe(1);
      const bad = await admin.api.refund(order.orderId, { lines: [{ line_id: line.id }], reason: "because" });
      expect(bad.status).toBe(400);
    });

    it("revokes the entitlement of a line refunded in full only, and the rest of a part-refunded line finishes it", async () => {
      const order = await paidOrder([games[8]!, games[9]!]);
      const db = await getDb();
      const [full, part] = (await orderOf(order.orderId)).lines.sort((a, b) => a.id.localeCompare(b.id));
      const res = await admin.api.refund(order.orderId, {
        lines: [{ line_id: full!.id }, { line_id: part!.id, amount: "4.99" }],
        reason: "requested_by_customer",
      });
      expect(res.status).toBe(202);
      expect(res.body.amount).toBe("24.98");
      await settled(order.orderId);
      const live = await db.entitlement.findMany({ where: { userId: order.userId, revokedAt: null } });
      expect(live.map((e) => e.orderLineId)).toEqual([part!.id]);
      expect((await orderOf(order.orderId)).status).toBe("partially_refunded");
      // The buyer's own refund takes what is left (15.00), not the whole line again.
      expect((await order.api.refund(order.orderId)).status).toBe(202);
      const after = await settled(order.orderId);
      expect(after.status).toBe("refunded");
      expect(after.refunds.map((r) => r.amount.toFixed(2)).sort()).toEqual(["15.00", "24.98"]);
      expect(await db.entitlement.count({ where: { userId: order.userId, revokedAt: null } })).toBe(0);
      const again = await admin.api.refund(order.orderId, { lines: [{ line_id: part!.id }], reason: "other" });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("already_refunded");
    });

    it("refuses an unpaid order, a line of another order, and a malformed key", async () => {
      const unpaid = await checkedOut([games[10]!]);
      const line = (await orderOf(unpaid.orderId)).lines[0]!;
      const res = await admin.api.refund(unpaid.orderId, { lines: [{ line_id: line.id }], reason: "other" });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("not_refundable");
      const paid = await paidOrder([games[11]!]);
      const foreign = await admin.api.refund(paid.orderId, { lines: [{ line_id: line.id }], reason: "other" });
      expect(foreign.status).toBe(400);
      const badKey = await admin.api.refund(
        paid.orderId,
        { lines: [{ line_id: line.id }], reason: "other" },
        { "idempotency-key": "short" },
      );
      expect(badKey.status).toBe(400);
    });
  });

  describe("POST /api/admin/orders/{id}/receipt", () => {
    it("queues the receipt again per request, once per Idempotency-Key, audit-logged", async () => {
      const order = await paidOrder([games[12]!]);
      const short = order.orderId.slice(-8).toUpperCase();
      const receipts = async () =>
        (await getJobSystem().listJobs("email", { name: "email.send" })).jobs.filter((job) =>
          (job.data as { subject: string }).subject.includes(short),
        ).length;
      const before = await receipts();
      const key = randomUUID();
      expect((await admin.api.resendReceipt(order.orderId, { "idempotency-key": key })).status).toBe(202);
      expect((await admin.api.resendReceipt(order.orderId, { "idempotency-key": key })).body.deduplicated).toBe(true);
      expect((await admin.api.resendReceipt(order.orderId)).status).toBe(202);
      expect(await receipts()).toBe(before + 2);
      const audits = await (await getDb()).auditLog.count({ where: { target: `order:${order.orderId}`, action: "order.receipt.resend" } });
      expect(audits).toBe(2);
      const unpaid = await checkedOut([games[13]!]);
      const refused = await admin.api.resendReceipt(unpaid.orderId);
      expect(refused.status).toBe(409);
      expect(refused.body.error.details.reason).toBe("not_paid");
    });
  });
}
