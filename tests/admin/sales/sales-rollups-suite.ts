// Sales analytics from the event stream: the sales-rollups consumer on real orders (paid, expired, refunded in
// part through the console) keeps DailyGameSales and DailyCheckouts, counts a redelivered event once, takes
// per-game refund amounts from the RefundLines; the backfill replays the outbox once; the report reads only the
// rollups (totals per currency, refund rate, conversion, a sale's uplift against the 28 days before) and exports CSV.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { applyEventOnce } from "@/lib/events/apply-event-once";
import { backfillNewConsumers } from "@/lib/events/backfill-new-consumers";
import { salesAnalyticsConsumer } from "@/lib/events/consumers/sales-analytics-consumer";
import { salesRollupsConsumer } from "@/lib/events/consumers/sales-rollups-consumer";
import { toEnvelope } from "@/lib/events/relay/outbox-row";
import { replayOutboxEvents } from "@/lib/events/replay-outbox-events";
import type { Json } from "@/tests/auth/support/api-request";
import { checkedOut, orderOf, waitForStatus, waitForWebhooks } from "@/tests/store/support/buyer";
import { setUpPayments } from "@/tests/store/support/payments-test-env";
import { pay, waitFor } from "@/tests/store/support/standin-control";
import { catalogGameIds } from "@/tests/store/support/store-fixtures";

import { newAdmin } from "../orders/admin-orders-support";

/** The suite on one accounts backend (PostgreSQL, or PGlite as a zero-config install runs it). */
export function salesRollupsSuite(backend: "postgres" | "pglite"): void {
  const env = setUpPayments({ backend });
  const games = catalogGameIds(4, 400);
  const today = new Date().toISOString().slice(0, 10);
  const dayBefore = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000);
  let admin: Awaited<ReturnType<typeof newAdmin>>;

  const gameRow = async (gameId: number, currency = "USD") => {
    const rows = await (
      await getDb()
    ).$queryRaw<Json[]>`
      SELECT "units", "revenue"::text AS "revenue", "refundedUnits", "refunds"::text AS "refunds"
      FROM "DailyGameSales" WHERE "gameId" = ${gameId} AND "currency" = ${currency} AND "day" = ${today}::date`;
    return rows[0];
  };

  describe(`sales rollups on ${backend}`, () => {
    let paidId: string;
    beforeAll(async () => {
      admin = await newAdmin("sales-admin");
      // Two games paid; one of them refunded in part; another order left to expire (cancelled).
      const paid = await checkedOut([games[0]!, games[1]!]);
      await pay(env.standin, paid.sessionId);
      await waitForStatus(paid.orderId, "paid");
      paidId = paid.orderId;
      const lines = (await orderOf(paid.orderId)).lines;
      const line0 = lines.find((l) => l.gameId === games[0])!;
      const line1 = lines.find((l) => l.gameId === games[1])!;
      const refund = await admin.api.refund(paid.orderId, {
        lines: [{ line_id: line0.id }, { line_id: line1.id, amount: "2.50" }],
        reason: "requested_by_customer",
      });
      expect(refund.status).toBe(202);
      await waitFor(async () => (await orderOf(paid.orderId)).status === "partially_refunded", 5_000, "refund applied");
      const cancelled = await checkedOut([games[2]!]);
      expect((await cancelled.api.cancel(cancelled.orderId)).status).toBe(200);
      await waitForWebhooks();
    });

    it("backfills from the outbox once, then applies a redelivered event once", async () => {
      const db = await getDb();
      await backfillNewConsumers([salesRollupsConsumer]);
      expect(await db.consumedEvent.count({ where: { consumer: "sales-rollups" } })).toBeGreaterThanOrEqual(5);
      // A second replay (a restart, or the live bus delivering again) counts nothing twice.
      expect((await replayOutboxEvents(db, salesRollupsConsumer)).applied).toBe(0);
      await replayOutboxEvents(db, salesAnalyticsConsumer);
      const paidEvent = await db.outboxEvent.findFirstOrThrow({ where: { aggregateId: paidId, type: "order.paid" } });
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => applyEventOnce(db)(salesRollupsConsumer, toEnvelope(paidEvent))));
      expect(outcomes).toEqual(["duplicate", "duplicate", "duplicate", "duplicate", "duplicate"]);

      // Paid units and revenue per game; the refund per game from its RefundLines; a unit back only for the full one.
      expect(await gameRow(games[0]!)).toEqual({ units: 1, revenue: "19.99", refundedUnits: 1, refunds: "19.99" });
      expect(await gameRow(games[1]!)).toEqual({ units: 1, revenue: "19.99", refundedUnits: 0, refunds: "2.50" });
      expect(await gameRow(games[2]!)).toBeUndefined();
      const checkouts = await db.dailyCheckouts.findUniqueOrThrow({ where: { day: new Date(`${today}T00:00:00Z`) } });
      expect(checkouts).toMatchObject({ placed: 2, paid: 1, expired: 1, failed: 0, refunded: 1 });
    });

    it("reports totals per currency, the refund rate and checkout conversion from the rollups, and exports CSV", async () => {
      const { status, body } = await admin.api.sales(`?from=${today}&to=${today}`);
      expect(status).toBe(200);
      expect(body.currencies).toEqual([{ currency: "USD", orders: 1, units: 2, revenue: "39.98", refunds: "22.49", refundRate: "56.25" }]);
      expect(body.days).toEqual([{ day: today, currency: "USD", orders: 1, units: 2, revenue: "39.98", refunds: "22.49" }]);
      expect(body.topSellers.map((g: Json) => g.gameId).sort()).toEqual([games[0], games[1]].sort());
      expect(body.checkouts.totals).toMatchObject({ placed: 2, paid: 1, expired: 1, conversion: "50.00" });
      expect((await admin.api.sales(`?from=${today}&to=${today}&currency=EUR`)).body.currencies).toEqual([]);

      const csv = await admin.api.salesExport(`?kind=days&from=${today}&to=${today}`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="questlog-sales-days-${today}-to-${today}.csv"`);
      expect(await csv.text()).toBe(`day,currency,orders,units,revenue,refunds\r\n${today},USD,1,2,39.98,22.49\r\n`);
      for (const query of ["?from=2026-13-01", "?from=2026-12-07&to=2026-01-01", "?from=2020-01-01&to=2026-01-01", "?currency=dollars"]) {
        const res = await admin.api.sales(query);
        expect(res.status, query).toBe(400);
        expect(res.body.error.code).toBe("invalid_parameters");
      }
      expect((await admin.api.salesExport("?kind=everything")).status).toBe(400);
    });

    it("computes a sale's uplift: units per day while it ran against the 28 days before", async () => {
      const db = await getDb();
      const gameId = 990_000_001;
      const listing = await db.listing.create({ data: { gameId } });
      // Ran 7 days (10 to 4 days ago); 1 unit a day before it, 3 a day during it, one more sold afterwards.
      const startsAt = new Date(dayBefore(10).getTime() + 3_600_000);
      const endsAt = new Date(dayBefore(4).getTime() + 3_600_000);
      const sale = await db.sale.create({
        data: { name: "Uplift test", percent: 50, startsAt, endsAt, items: { create: [{ listingId: listing.id }] } },
      });
      const rows = [
        ...Array.from({ length: 28 }, (_, i) => ({ day: dayBefore(11 + i), units: 1 })),
        ...Array.from({ length: 7 }, (_, i) => ({ day: dayBefore(4 + i), units: 3 })),
        { day: dayBefore(2), units: 5 },
        // Older than the baseline window: not counted.
        { day: dayBefore(40), units: 100 },
      ];
      await db.dailyGameSales.createMany({ data: rows.map((r) => ({ ...r, gameId, currency: "EUR", revenue: "1.00" })) });
      const { body } = await admin.api.sales(`?from=${dayBefore(8).toISOString().slice(0, 10)}&to=${today}`);
      const uplift = (body.uplift as Json[]).find((s) => s.saleId === sale.id);
      expect(uplift).toMatchObject({ name: "Uplift test", percent: 50 });
      expect(uplift!.games).toEqual([
        {
          gameId,
          title: null,
          unitsDuring: 21,
          unitsBefore: 28,
          perDayDuring: "3.00",
          perDayBefore: "1.00",
          upliftPercent: "200.00",
        },
      ]);
      // A range that ends before the sale began does not list it.
      const earlier = await admin.api.sales(
        `?from=${dayBefore(60).toISOString().slice(0, 10)}&to=${dayBefore(20).toISOString().slice(0, 10)}`,
      );
      expect((earlier.body.uplift as Json[]).some((s) => s.saleId === sale.id)).toBe(false);
    });
  });
}
