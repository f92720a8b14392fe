import { Prisma } from "@/generated/prisma/client";

import { defineEventConsumer } from "../define-event-consumer";
import type { StoreEventEnvelope } from "../store-events";

type Tx = Prisma.TransactionClient;

const CHECKOUT_COLUMN = {
  "order.placed": "placed",
  "order.paid": "paid",
  "order.failed": "failed",
  "order.expired": "expired",
  "order.refunded": "refunded",
} as const;

/**
 * Keeps the console's sales rollups (per UTC day of the event), so /admin/sales never reads the orders table:
 * - DailyCheckouts: one count per order.placed / paid / failed / expired / refunded (a refund, partial or full);
 * - DailyGameSales (per game and currency): order.paid adds a unit and the line's total per line; order.refunded
 *   adds each line's refunded amount (from the Refund's RefundLine rows, read in this transaction: the event
 *   carries the total only) and a refunded unit per game taken back (the event's game_ids).
 * It runs in the dedupe transaction (applyEventOnce), so a redelivered event is counted once. Amounts stay
 * decimal strings cast to numeric in SQL; they never pass through a JS number.
 */
export const salesRollupsConsumer = defineEventConsumer({
  name: "sales-rollups",
  types: ["order.placed", "order.paid", "order.failed", "order.expired", "order.refunded"],
  async handle(event, tx) {
    const day = event.occurred_at.slice(0, 10);
    const column = Prisma.raw(`"${CHECKOUT_COLUMN[event.type as keyof typeof CHECKOUT_COLUMN]}"`);
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "DailyCheckouts" ("day", ${column}) VALUES (${day}::date, 1)
      ON CONFLICT ("day") DO UPDATE SET ${column} = "DailyCheckouts".${column} + 1`);
    if (event.type === "order.paid") await addPaidLines(tx, day, event as StoreEventEnvelope<"order.paid">);
    if (event.type === "order.refunded") await addRefund(tx, day, event as StoreEventEnvelope<"order.refunded">);
  },
});

async function addPaidLines(tx: Tx, day: string, event: StoreEventEnvelope<"order.paid">): Promise<void> {
  const { currency, lines } = event.data;
  for (const line of lines) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "DailyGameSales" ("day", "gameId", "currency", "units", "revenue")
      VALUES (${day}::date, ${line.game_id}, ${currency}, 1, ${line.line_total}::numeric)
      ON CONFLICT ("day", "gameId", "currency") DO UPDATE SET
        "units" = "DailyGameSales"."units" + 1,
        "revenue" = "DailyGameSales"."revenue" + EXCLUDED."revenue"`);
  }
}

async function addRefund(tx: Tx, day: string, event: StoreEventEnvelope<"order.refunded">): Promise<void> {
  const { currency, refund_id: refundId, game_ids: takenBack } = event.data;
  // Per game: what this refund gave back of its line (a refund made in Stripe's Dashboard for part of an order
  // has no lines: the money is in DailySales, no game is charged with it).
  const perGame = await tx.$queryRaw<Array<{ gameId: number; amount: string }>>(Prisma.sql`
    SELECT l."gameId", rl."amount"::text AS "amount"
    FROM "RefundLine" rl JOIN "OrderLine" l ON l."id" = rl."orderLineId"
    WHERE rl."refundId" = ${refundId}`);
  const games = new Map(perGame.map((row) => [row.gameId, row.amount]));
  for (const gameId of takenBack) if (!games.has(gameId)) games.set(gameId, "0.00");
  for (const [gameId, amount] of games) {
    const units = takenBack.includes(gameId) ? 1 : 0;
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "DailyGameSales" ("day", "gameId", "currency", "refundedUnits", "refunds")
      VALUES (${day}::date, ${gameId}, ${currency}, ${units}, ${amount}::numeric)
      ON CONFLICT ("day", "gameId", "currency") DO UPDATE SET
        "refundedUnits" = "DailyGameSales"."refundedUnits" + EXCLUDED."refundedUnits",
        "refunds" = "DailyGameSales"."refunds" + EXCLUDED."refunds"`);
  }
}
