// A scheduled sale started and ended by real delayed BullMQ jobs on a real Redis (the server's job system when
// REDIS_URL is set): createSale enqueues both, a worker runs them at their times.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";
import { getOffers } from "@/lib/store/pricing/get-offers";
import { endSaleJob, startSaleJob } from "@/lib/store/sales/jobs/sale-boundary-jobs";
import { sweepSaleBoundariesJob } from "@/lib/store/sales/jobs/sweep-sale-boundaries-job";
import { scheduleSaleJobs } from "@/lib/store/sales/schedule-sale-jobs";
import { waitFor } from "@/tests/jobs/job-test-helpers";
import { setUpStoreDatabase } from "@/tests/store/pricing/support/store-database";
import { clearQuestlogKeys } from "@/tests/support/clear-questlog-keys";
import { TEST_REDIS_URL } from "@/tests/support/test-redis";

import { listedGames, outboxEvents } from "./support/sale-fixtures";

const prefix = `ql:test:sales:${randomUUID().slice(0, 8)}`;
setUpStoreDatabase("postgres", { REDIS_URL: TEST_REDIS_URL, JOBS_PREFIX: prefix });

beforeAll(async () => {
  expect(getJobSystem().kind).toBe("bullmq");
  await getJobSystem().startWorkers([startSaleJob, endSaleJob, sweepSaleBoundariesJob], { store: { concurrency: 1 } });
});
afterAll(async () => {
  await closeJobSystem(2_000);
  await clearQuestlogKeys(TEST_REDIS_URL, `${prefix}*`);
});

describe("sale jobs on BullMQ", () => {
  it("starts and ends a sale at its times through delayed jobs", async () => {
    const [game] = await listedGames(1);
    const db = await getDb();
    const listing = await db.listing.findUniqueOrThrow({ where: { gameId: game! } });
    const startsAt = new Date(Date.now() + 1_000);
    const endsAt = new Date(startsAt.getTime() + 1_000);
    // Seconds long, which the guard-rails refuse: written as a fixture, scheduled as createSale schedules.
    const sale = await db.sale.create({
      data: { name: "Flash", percent: 75, startsAt, endsAt, items: { create: [{ listingId: listing.id }] } },
    });
    await scheduleSaleJobs(sale);
    const jobs = await getJobSystem().listJobs("store", { states: ["delayed"] });
    expect(
      jobs.jobs
        .map((j) => j.name)
        .filter((name) => name !== sweepSaleBoundariesJob.name)
        .sort(),
    ).toEqual(["store.end-sale", "store.start-sale"]);

    const started = await waitFor(async () => (await db.sale.findUniqueOrThrow({ where: { id: sale.id } })).startedAt, { what: "start" });
    expect(started.getTime()).toBeGreaterThanOrEqual(startsAt.getTime());
    const ended = await waitFor(async () => (await db.sale.findUniqueOrThrow({ where: { id: sale.id } })).endedAt, { what: "end" });
    expect(ended.getTime()).toBeGreaterThanOrEqual(endsAt.getTime());
    expect((await outboxEvents("sale.started", { aggregateId: sale.id })).length).toBe(1);
    expect((await outboxEvents("sale.ended", { aggregateId: sale.id })).length).toBe(1);
    // Four currencies on, four off.
    const changes = (await outboxEvents("price.changed", { aggregateId: String(game) })).filter(
      (e) => new Date((e.payload as { effective_from: string }).effective_from) >= startsAt,
    );
    expect(changes).toHaveLength(8);
    expect((await getOffers([game!], "USD")).get(game!)).toMatchObject({ price: "19.99", discount_percent: 0, lowest_price_30d: "5.00" });
  });
});
