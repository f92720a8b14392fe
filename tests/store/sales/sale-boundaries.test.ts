// A sale's start and end on real PostgreSQL: applied at its times by delayed jobs (the in-process runner driven by
// a fake clock, and real timers; BullMQ on a real Redis in sale-boundaries-bullmq.test.ts), by the catch-up sweep
// when a job was lost, idempotently; each writing its price history, Sale.startedAt/endedAt and sale.started /
// sale.ended in one transaction; and the Omnibus "lowest in 30 days" around a sale that started and ended inside
// the window.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import type { Clock } from "@/lib/jobs/clock";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import { InProcessJobSystem } from "@/lib/jobs/in-process/in-process-job-system";
import { getOffers } from "@/lib/store/pricing/get-offers";
import { applySaleBoundary } from "@/lib/store/sales/apply-sale-boundary";
import { createSale } from "@/lib/store/sales/create-sale";
import { endSaleJob, enqueueSaleBoundary, MAX_BOUNDARY_DELAY_MS, startSaleJob } from "@/lib/store/sales/jobs/sale-boundary-jobs";
import { sweepSaleBoundaries } from "@/lib/store/sales/sweep-sale-boundaries";
import { waitFor } from "@/tests/jobs/job-test-helpers";
import { setUpStoreDatabase } from "@/tests/store/pricing/support/store-database";

import { DAY_MS, HOUR_MS, listedGames, outboxEvents, saleBody } from "./support/sale-fixtures";

setUpStoreDatabase("postgres");

async function saleRow(id: string) {
  return (await getDb()).sale.findUniqueOrThrow({ where: { id } });
}

/** A sale written as a test fixture (no guard-rails), for times the rules would refuse (in the past, seconds long). */
async function fixtureSale(gameIds: number[], percent: number, startsAt: Date, endsAt: Date): Promise<string> {
  const db = await getDb();
  const listings = await db.listing.findMany({ where: { gameId: { in: gameIds } } });
  const sale = await db.sale.create({
    data: { name: `Fixture −${percent}%`, percent, startsAt, endsAt, items: { create: listings.map((l) => ({ listingId: l.id })) } },
  });
  return sale.id;
}

async function history(gameId: number, currency: string) {
  const db = await getDb();
  const listing = await db.listing.findUniqueOrThrow({ where: { gameId } });
  const rows = await db.priceChange.findMany({ where: { listingId: listing.id, currency }, orderBy: { effectiveFrom: "asc" } });
  return rows.map((r) => ({ at: r.effectiveFrom.toISOString(), price: r.price.toFixed(2), percent: r.discountPercent }));
}

describe("applySaleBoundary", () => {
  it("starts a sale at its time: history, startedAt and sale.started in one go, and a second run does nothing", async () => {
    const games = await listedGames(2);
    const t0 = new Date(Date.now() - 10 * DAY_MS);
    const startsAt = new Date(t0.getTime() + DAY_MS);
    const saleId = await fixtureSale(games, 25, startsAt, new Date(startsAt.getTime() + 3 * DAY_MS));

    expect(await applySaleBoundary(saleId, "start", { now: new Date(startsAt.getTime() - 1) })).toMatchObject({ outcome: "not_due" });
    expect((await saleRow(saleId)).startedAt).toBeNull();

    const at = new Date(startsAt.getTime() + 5_000);
    expect(await applySaleBoundary(saleId, "start", { now: at })).toMatchObject({ outcome: "applied", priceChanges: 8 });
    expect((await saleRow(saleId)).startedAt).toEqual(at);
    // The row is dated at the sale's start, not when the job ran.
    expect((await history(games[0]!, "USD")).at(-1)).toEqual({ at: startsAt.toISOString(), price: "14.99", percent: 25 });
    const started = await outboxEvents("sale.started", { aggregateId: saleId });
    expect(started).toHaveLength(1);
    expect(started[0]!.payload).toMatchObject({ sale_id: saleId, percent: 25, game_ids: [...games].sort((a, b) => a - b) });

    expect(await applySaleBoundary(saleId, "start", { now: at })).toEqual({ outcome: "already_applied" });
    expect(await outboxEvents("sale.started", { aggregateId: saleId })).toHaveLength(1);
  });

  it("ends a sale whose start never ran: sale.started first, then sale.ended, each once", async () => {
    const [game] = await listedGames(1);
    const startsAt = new Date(Date.now() - 5 * DAY_MS);
    const endsAt = new Date(Date.now() - 3 * DAY_MS);
    const saleId = await fixtureSale([game!], 50, startsAt, endsAt);
    await Promise.all([applySaleBoundary(saleId, "end"), applySaleBoundary(saleId, "end")]); // racing workers
    const row = await saleRow(saleId);
    expect(row.startedAt).not.toBeNull();
    expect(row.endedAt).not.toBeNull();
    const events = (
      await (await getDb()).outboxEvent.findMany({ where: { aggregateId: saleId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
    ).map((e) => e.type);
    expect(events).toEqual(["sale.started", "sale.ended"]);
    expect((await history(game!, "EUR")).map((r) => r.price).slice(-2)).toEqual(["8.99", "17.99"]); // 17.99 × 50 % = 8.995 off → 9.00 off (half up);
  });

  it("answers no_sale for a deleted sale", async () => {
    expect(await applySaleBoundary("gone", "start")).toEqual({ outcome: "no_sale" });
  });
});

describe("sweepSaleBoundaries", () => {
  it("applies starts and ends whose job was lost, and nothing on a second sweep", async () => {
    const [a, b] = await listedGames(2);
    const now = new Date();
    const live = await fixtureSale([a!], 30, new Date(now.getTime() - HOUR_MS), new Date(now.getTime() + DAY_MS));
    const over = await fixtureSale([b!], 30, new Date(now.getTime() - 3 * DAY_MS), new Date(now.getTime() - DAY_MS));
    const first = await sweepSaleBoundaries({ now });
    expect(first.started).toBeGreaterThanOrEqual(2);
    expect(first.ended).toBeGreaterThanOrEqual(1);
    expect((await saleRow(live)).startedAt).toEqual(now);
    expect((await saleRow(live)).endedAt).toBeNull();
    expect((await saleRow(over)).endedAt).toEqual(now);
    expect(await sweepSaleBoundaries({ now })).toEqual({ started: 0, ended: 0 });
  });
});

describe("lowest price in 30 days around a sale", () => {
  it("counts a sale that started and ended inside the window, and not the sale running now", async () => {
    const [game] = await listedGames(1);
    const now = new Date();
    const days = (n: number) => new Date(now.getTime() + n * DAY_MS);
    // 19.99 since 90 days ago (listedGames)
    const early = await fixtureSale([game!], 50, days(-20), days(-15)); // 9.99 (USD) for five days, inside the window
    await applySaleBoundary(early, "start", { now: days(-20) });
    await applySaleBoundary(early, "end", { now: days(-15) });
    expect((await getOffers([game!], "USD", { now })).get(game!)).toMatchObject({ price: "19.99", lowest_price_30d: "9.99" });

    const current = await fixtureSale([game!], 25, days(-1), days(2)); // 14.99 now
    await applySaleBoundary(current, "start", { now });
    expect((await getOffers([game!], "USD", { now })).get(game!)).toMatchObject({
      price: "14.99",
      discount_percent: 25,
      lowest_price_30d: "9.99",
    });
    // 31 days on, the early sale is out of the window: the prior price is the regular price again.
    await applySaleBoundary(current, "end", { now: days(2) });
    expect((await getOffers([game!], "USD", { now: days(16) })).get(game!)).toMatchObject({ price: "19.99", lowest_price_30d: "14.99" });
    expect((await getOffers([game!], "USD", { now: days(40) })).get(game!)).toMatchObject({ price: "19.99", lowest_price_30d: "19.99" });
  });
});

describe("start and end jobs on the in-process runner", () => {
  const systems: InProcessJobSystem[] = [];
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    for (const system of systems) await system.close(1_000);
  });

  it("run at the sale's times with a fake clock (days pass in an instant)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-03-01T10:00:00Z"));
    // Timers of the runner fire when the test moves the fake clock past them.
    const pending = new Set<{ at: number; fire: () => void }>();
    const clock: Clock = {
      now: () => Date.now(),
      setTimeout(fire, ms) {
        const timer = { at: Date.now() + ms, fire };
        // What is due now (the runner's own wake-ups) runs on the real event loop; the future waits for advanceTo.
        if (ms <= 0) setTimeout(fire, 0);
        else pending.add(timer);
        return timer;
      },
      clearTimeout: (timer) => pending.delete(timer as { at: number; fire: () => void }),
    };
    const advanceTo = (at: Date) => {
      vi.setSystemTime(at);
      for (const timer of [...pending]) {
        if (timer.at > at.getTime()) continue;
        pending.delete(timer);
        timer.fire();
      }
    };
    const system = new InProcessJobSystem({ clock });
    systems.push(system);
    await system.startWorkers([startSaleJob, endSaleJob], { store: { concurrency: 1 } });

    const games = await listedGames(2);
    const body = saleBody(games, { percent: 60 });
    const sale = await createSale(body, null); // (its own jobs go to the app's runner, which no worker runs here)
    const delay = (at: Date) => ({ delayMs: at.getTime() - Date.now() });
    await system.enqueue(startSaleJob, { saleId: sale.id, dueAt: body.starts_at.toISOString() }, delay(body.starts_at));
    await system.enqueue(endSaleJob, { saleId: sale.id, dueAt: body.ends_at.toISOString() }, delay(body.ends_at));
    const [listing] = await (await getDb()).listing.findMany({ where: { gameId: games[0]! } });

    advanceTo(new Date(body.starts_at.getTime() - 1_000));
    expect((await saleRow(sale.id)).startedAt).toBeNull();
    advanceTo(new Date(body.starts_at.getTime() + 1));
    await waitFor(async () => (await saleRow(sale.id)).startedAt, { what: "the start job" });
    expect((await getOffers([games[0]!], "GBP")).get(games[0]!)).toMatchObject({ price: "6.40", discount_percent: 60 });
    expect((await saleRow(sale.id)).endedAt).toBeNull();

    advanceTo(new Date(body.ends_at.getTime() + 1));
    await waitFor(async () => (await saleRow(sale.id)).endedAt, { what: "the end job" });
    expect(await outboxEvents("sale.ended", { aggregateId: sale.id })).toHaveLength(1);
    expect((await history(games[0]!, "GBP")).slice(-2)).toEqual([
      { at: body.starts_at.toISOString(), price: "6.40", percent: 60 },
      { at: body.ends_at.toISOString(), price: "15.99", percent: 0 },
    ]);
    expect(listing).toBeDefined();
  });

  it("hops towards a boundary further away than a timer can wait (2^31 ms)", async () => {
    const far = new Date(Date.now() + 60 * DAY_MS);
    const { id } = await enqueueSaleBoundary(startSaleJob, "far-sale", far);
    const job = await getJobSystem().getJob(id);
    expect(job).toMatchObject({ state: "delayed", data: { saleId: "far-sale", dueAt: far.toISOString() } });
    const wait = job!.runAt! - Date.now();
    expect(wait).toBeLessThanOrEqual(MAX_BOUNDARY_DELAY_MS);
    expect(wait).toBeGreaterThan(MAX_BOUNDARY_DELAY_MS - 60_000);
    expect(MAX_BOUNDARY_DELAY_MS).toBeLessThan(2 ** 31);
    await getJobSystem().removeJob(id);
  });

  it("run with real timers: a sale starting in a second starts by its job", async () => {
    const system = new InProcessJobSystem();
    systems.push(system);
    await system.startWorkers([startSaleJob, endSaleJob], { store: { concurrency: 1 } });
    const games = await listedGames(1);
    const startsAt = new Date(Date.now() + 800);
    const saleId = await fixtureSale(games, 20, startsAt, new Date(startsAt.getTime() + 700));
    await system.enqueue(startSaleJob, { saleId, dueAt: startsAt.toISOString() }, { delayMs: startsAt.getTime() - Date.now() });
    await system.enqueue(
      endSaleJob,
      { saleId, dueAt: new Date(startsAt.getTime() + 700).toISOString() },
      { delayMs: startsAt.getTime() + 700 - Date.now() },
    );
    const started = await waitFor(async () => (await saleRow(saleId)).startedAt, { what: "the start job" });
    expect(started.getTime()).toBeGreaterThanOrEqual(startsAt.getTime());
    const ended = await waitFor(async () => (await saleRow(saleId)).endedAt, { what: "the end job" });
    expect(ended.getTime()).toBeGreaterThanOrEqual(startsAt.getTime() + 700);
  });
});
