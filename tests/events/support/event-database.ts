// Migrated throwaway accounts databases for the event tests, and the small acts they repeat: append events
// the way the store does (appendOutboxEvent inside a transaction) and read back what consumers wrote.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll } from "vitest";

import type { PrismaClient } from "@/generated/prisma/client";
import type { DatabaseBackend } from "@/lib/accounts-db/database-backend";
import { migrateBackend } from "@/lib/accounts-db/open-database";
import { readMigrations } from "@/lib/accounts-db/read-migrations";
import { appendOutboxEvent } from "@/lib/events/outbox/append-outbox-event";
import type { StoreEventPayload } from "@/lib/events/store-events";
import { openTestBackend, type BackendKind } from "@/tests/accounts-db/support/test-database";

export async function openEventDatabase(kind: BackendKind): Promise<{ backend: DatabaseBackend; dispose: () => Promise<void> }> {
  const test = await openTestBackend(kind);
  await migrateBackend(test.backend, await readMigrations());
  return test;
}

/** A migrated database of this kind for the enclosing describe block; call the returned function in tests. */
export function useEventDatabase(kind: BackendKind): () => PrismaClient {
  let opened: { backend: DatabaseBackend; dispose: () => Promise<void> } | undefined;
  beforeAll(async () => {
    opened = await openEventDatabase(kind);
  });
  afterAll(() => opened?.dispose());
  return () => opened!.backend.prisma;
}

/** An order.paid payload: `lines` games at `price` each, in `currency`. */
export function paidPayload(
  options: { lines?: number; price?: string; total?: string; currency?: string } = {},
): StoreEventPayload<"order.paid"> {
  const lines = options.lines ?? 1;
  const price = options.price ?? "10.00";
  const total = options.total ?? price;
  return {
    order_id: randomUUID(),
    user_id: null,
    currency: options.currency ?? "USD",
    total,
    subtotal: total,
    discount: "0.00",
    paid_at: new Date().toISOString(),
    lines: Array.from({ length: lines }, (_, i) => ({
      game_id: i + 1,
      title: `Game ${i + 1}`,
      unit_price: price,
      discount: "0.00",
      line_total: price,
    })),
  };
}

export function refundedPayload(amount: string, currency = "USD"): StoreEventPayload<"order.refunded"> {
  return {
    order_id: randomUUID(),
    user_id: null,
    currency,
    total: amount,
    refund_id: randomUUID(),
    amount,
    status: "refunded",
    game_ids: [1],
  };
}

/** Appends `count` order.paid events, each in its own committed transaction, the store's way; returns their ids in order. */
export async function appendPaidEvents(prisma: PrismaClient, count: number, payload = paidPayload): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const data = payload();
    ids.push(await prisma.$transaction((tx) => appendOutboxEvent(tx, "order.paid", data.order_id, data)));
  }
  return ids;
}

export async function dailySales(prisma: PrismaClient) {
  const rows = await prisma.dailySales.findMany({ orderBy: [{ day: "asc" }, { currency: "asc" }] });
  return rows.map((r) => ({
    currency: r.currency,
    orders: r.orders,
    units: r.units,
    revenue: r.revenue.toFixed(2),
    refunds: r.refunds.toFixed(2),
  }));
}

export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
