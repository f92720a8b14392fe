// The catalog write queue against real SQLite files, in-process and on the real Redis Stream.
import { randomUUID } from "node:crypto";

import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";

import type { AppliedChanges } from "@/lib/catalog-writes/catalog-write";
import { CatalogWriteQueue, type StreamConfig } from "@/lib/catalog-writes/catalog-write-queue";

import { TEST_REDIS_URL } from "../support/test-redis";
import { countTestGames, FIRST_ID, gameWrite, tempCatalog } from "./write-fixtures";

const redis = new Redis(TEST_REDIS_URL);
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => redis.disconnect());

function streamConfig(stream: string, instance: string, claimIdleMs = 30_000): StreamConfig {
  return {
    url: TEST_REDIS_URL,
    stream,
    group: instance,
    consumer: `${instance}:${randomUUID().slice(0, 6)}`,
    claimIdleMs,
    maxLength: 100_000,
    deadKey: `${stream}:dead:${instance}`,
  };
}

function queueOn(
  mode: "in-process" | "redis-stream",
  options: { stream?: string; capacity?: number; batchSize?: number; lingerMs?: number; instance?: string } = {},
) {
  const catalog = tempCatalog();
  const batches: AppliedChanges[] = [];
  const stream = options.stream ?? `ql:test:cw:${randomUUID()}`;
  const queue = new CatalogWriteQueue({
    db: catalog.db,
    capacity: options.capacity ?? 10_000,
    ticketPrefix: `t${randomUUID().slice(0, 4)}`,
    onApplied: [(changes) => batches.push(changes)],
    drainer: { batchSize: options.batchSize ?? 500, lingerMs: options.lingerMs ?? 5, backoffMs: 5 },
    stream: mode === "redis-stream" ? streamConfig(stream, options.instance ?? "one") : undefined,
  });
  cleanups.push(async () => {
    await queue.close(2_000);
    catalog.cleanup();
    if (mode === "redis-stream" && !options.stream) await redis.del(stream, `${stream}:dead:${options.instance ?? "one"}`);
  });
  return { queue, catalog, batches, stream };
}

describe.each(["in-process", "redis-stream"] as const)("catalog write queue (%s)", (mode) => {
  it("applies writes in batches of at most batchSize, one transaction each", async () => {
    const { queue, catalog, batches } = queueOn(mode, { batchSize: 100, lingerMs: 20 });
    await queue.start();
    const tickets = queue.enqueue(Array.from({ length: 1_000 }, (_, n) => gameWrite(n)));
    expect(tickets.every((t) => t.accepted)).toBe(true);
    const statuses = await Promise.all(tickets.map((t) => queue.settled(t.id)));
    expect(statuses.every((s) => s.state === "applied")).toBe(true);
    expect(countTestGames(catalog.db)).toBe(1_000);
    expect(batches.every((b) => b.upserted.length <= 100)).toBe(true);
    expect(batches.length).toBeGreaterThanOrEqual(10);
    expect(batches.length).toBeLessThan(100); // lingering filled batches instead of one transaction per row
    // Children written once per game, and platform counts kept current.
    expect(catalog.db.prepare("SELECT count(*) FROM releases WHERE game_id >= ?").pluck().get(FIRST_ID)).toBe(2_000);
    expect(catalog.db.prepare("SELECT sum(game_count) FROM platforms WHERE id >= 9000").pluck().get()).toBe(1_000);
  });

  it("is idempotent: the same writes twice, and an older version after a newer one, leave one row each", async () => {
    const { queue, catalog } = queueOn(mode);
    await queue.start();
    await queue.write(Array.from({ length: 50 }, (_, n) => gameWrite(n, 1)));
    await queue.write(Array.from({ length: 50 }, (_, n) => gameWrite(n, 1)));
    await queue.write([gameWrite(7, 2), { kind: "game.delete", id: FIRST_ID + 8 }]);
    expect(countTestGames(catalog.db)).toBe(49);
    expect(
      catalog.db
        .prepare("SELECT count(*) FROM releases WHERE game_id = ?")
        .pluck()
        .get(FIRST_ID + 7),
    ).toBe(2);
    expect(
      catalog.db
        .prepare("SELECT name FROM games WHERE id = ?")
        .pluck()
        .get(FIRST_ID + 7),
    ).toBe("Queue Test Game 7 v2");
    expect(
      catalog.db
        .prepare("SELECT count(*) FROM game_search WHERE rowid = ?")
        .pluck()
        .get(FIRST_ID + 8),
    ).toBe(0);
  });

  it("dead-letters a poison entry with its reason and applies the rest of its batch", async () => {
    const { queue, catalog } = queueOn(mode, { lingerMs: 30 });
    await queue.start();
    const poison = gameWrite(2);
    if (poison.kind === "game.upsert") poison.game.rating = 250; // out of range: fails the schema at the drainer
    const tickets = queue.enqueue([gameWrite(1), poison, gameWrite(3)]);
    const statuses = await Promise.all(tickets.map((t) => queue.settled(t.id)));
    expect(statuses.map((s) => s.state)).toEqual(["applied", "dead", "applied"]);
    expect(statuses[1]?.reason).toMatch(/invalid write/);
    expect(countTestGames(catalog.db)).toBe(2);
    const dead = await queue.deadLetters();
    expect(dead).toHaveLength(1);
    expect(dead[0]?.id).toBe(tickets[1]?.id);
  });

  it("isolates an entry the database refuses, retrying it before burying it", async () => {
    const { queue, catalog } = queueOn(mode, { lingerMs: 30 });
    // A trigger makes one id fail inside SQLite, as a constraint or corrupt row would.
    catalog.db.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON games WHEN NEW.id = ${FIRST_ID + 5} BEGIN SELECT RAISE(ABORT, 'refused by test'); END`,
    );
    await queue.start();
    const tickets = queue.enqueue(Array.from({ length: 10 }, (_, n) => gameWrite(n)));
    const statuses = await Promise.all(tickets.map((t) => queue.settled(t.id)));
    expect(statuses.filter((s) => s.state === "dead").map((s) => s.reason)).toEqual(["refused by test"]);
    expect(statuses[5]?.attempts).toBe(5);
    expect(countTestGames(catalog.db)).toBe(9);
    // Once the cause is fixed, the dead write is requeued from the list and lands.
    catalog.db.exec("DROP TRIGGER refuse");
    const again = await queue.requeueDead(tickets[5]!.id);
    expect(again?.accepted).toBe(true);
    expect((await queue.settled(again!.id)).state).toBe("applied");
    expect(countTestGames(catalog.db)).toBe(10);
    expect(await queue.deadLetters()).toHaveLength(0);
  });

  it("keeps a dead write on the dead list when a full queue cannot take it back", async () => {
    const { queue } = queueOn(mode, { capacity: 1, lingerMs: 30 });
    await queue.start();
    const poison = gameWrite(7);
    if (poison.kind === "game.upsert") poison.game.rating = 250;
    const [dead] = queue.enqueue([poison]);
    expect((await queue.settled(dead!.id)).state).toBe("dead");
    // The one place is taken, synchronously, before the drainer can free it.
    expect(queue.enqueue([gameWrite(8)])[0]?.accepted).toBe(true);
    const again = await queue.requeueDead(dead!.id);
    expect(again?.accepted).toBe(false);
    expect((await queue.deadLetters()).map((d) => d.id)).toEqual([dead!.id]);
  });

  it("rejects writes beyond its capacity instead of growing without bound, and accepts again once drained", async () => {
    const { queue, catalog } = queueOn(mode, { capacity: 20 });
    // Not started: nothing drains (in-process), nothing is flushed before the next tick (Redis).
    const tickets = queue.enqueue(Array.from({ length: 30 }, (_, n) => gameWrite(n)));
    expect(tickets.filter((t) => t.accepted)).toHaveLength(20);
    const rejected = tickets.find((t) => !t.accepted)!;
    expect(await queue.status(rejected.id)).toMatchObject({ state: "rejected", reason: "queue full" });
    expect((await queue.stats()).rejected).toBe(10);
    await queue.start();
    await Promise.all(tickets.filter((t) => t.accepted).map((t) => queue.settled(t.id)));
    expect(countTestGames(catalog.db)).toBe(20);
    // enqueueWhenReady waits for room instead: 60 writes through a queue of 20.
    const statuses = await queue.write(Array.from({ length: 60 }, (_, n) => gameWrite(100 + n)));
    expect(statuses.every((s) => s.state === "applied")).toBe(true);
    expect(countTestGames(catalog.db)).toBe(80);
  });

  it("flushes on close: writes enqueued before shutdown are applied", async () => {
    const { queue, catalog, stream } = queueOn(mode, { lingerMs: 50 });
    await queue.start();
    queue.enqueue(Array.from({ length: 200 }, (_, n) => gameWrite(n)));
    await queue.close(5_000);
    if (mode === "in-process") {
      expect(countTestGames(catalog.db)).toBe(200);
    } else {
      // Every write reached the stream before the connections closed; what this group has not applied
      // yet waits there for the restart.
      const [group] = (await redis.xinfo("GROUPS", stream)) as Array<Array<string | number>>;
      const info = Object.fromEntries(Array.from({ length: group!.length / 2 }, (_, i) => [group![2 * i], group![2 * i + 1]]));
      expect(await redis.xlen(stream)).toBe(200);
      expect(countTestGames(catalog.db) + Number(info.lag) + Number(info.pending)).toBe(200);
    }
    expect(queue.enqueue([gameWrite(999)])[0]?.accepted).toBe(false);
  });
});

describe("catalog write queue (redis-stream), two processes of one instance", () => {
  it("a write enqueued by one process and applied by the other reads as applied in both", async () => {
    const stream = `ql:test:cw:${randomUUID()}`;
    cleanups.push(async () => void (await redis.del(stream, `${stream}:dead:shared`)));
    // Same group ("shared"), like a CLI run beside the server: whichever consumer reads an entry applies it.
    const applier = queueOn("redis-stream", { stream, instance: "shared" });
    const producerOnly = queueOn("redis-stream", { stream, instance: "shared" });
    await applier.queue.start();
    const tickets = producerOnly.queue.enqueue(Array.from({ length: 20 }, (_, n) => gameWrite(n)));
    const statuses = await Promise.all(tickets.map((t) => producerOnly.queue.settled(t.id)));
    expect(statuses.map((s) => s.state)).toEqual(Array(20).fill("applied"));
    expect(countTestGames(applier.catalog.db)).toBe(20);
  });
});
