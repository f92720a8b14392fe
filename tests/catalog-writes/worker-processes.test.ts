// The write queue across real processes and the real Redis: a worker killed with kill -9 mid-drain and
// restarted loses nothing and applies nothing twice; two instances' replicas converge; SIGTERM drains.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";

import { CatalogWriteQueue } from "@/lib/catalog-writes/catalog-write-queue";
import { openCatalogDatabase, type CatalogDatabase } from "@/lib/catalog/open-catalog-database";

import { clearQuestlogKeys } from "../support/clear-questlog-keys";
import { spawnWorker, type WorkerProcess } from "../support/spawn-worker";
import { TEST_REDIS_URL } from "../support/test-redis";
import { countTestGames, FIRST_ID, gameWrite, until } from "./write-fixtures";

const redis = new Redis(TEST_REDIS_URL);
const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => redis.disconnect());

function instance(name: string, stream: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `questlog-${name}-`));
  openCatalogDatabase(path.join(dir, "catalog.sqlite")).close(); // migrated, empty
  const env = {
    DATA_DIR: dir,
    INSTANCE_ID: `${name}-${randomUUID().slice(0, 6)}`,
    REDIS_URL: TEST_REDIS_URL,
    CATALOG_STREAM_KEY: stream,
    CATALOG_WRITE_BATCH: "50",
    CATALOG_WRITE_CLAIM_IDLE_MS: "1000",
    // The job workers share the test Redis: their own prefix keeps them apart from everything else.
    JOBS_PREFIX: `ql:test:jobs:${randomUUID().slice(0, 8)}`,
    JOB_SCHEDULES: "off",
  };
  const workers: WorkerProcess[] = [];
  let db: CatalogDatabase | null = null;
  cleanups.push(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
    db?.close();
    rmSync(dir, { recursive: true, force: true });
    await clearQuestlogKeys(TEST_REDIS_URL, `${env.JOBS_PREFIX}*`);
    await clearQuestlogKeys(TEST_REDIS_URL, `${stream}*`);
  });
  return {
    env,
    async start() {
      const worker = await spawnWorker(env);
      workers.push(worker);
      return worker;
    },
    db(): CatalogDatabase {
      db ??= openCatalogDatabase(path.join(dir, "catalog.sqlite"), { readonly: true });
      return db;
    },
  };
}

/** A producer-only queue (never started, so it has no consumer group): writes go to the stream as a server's would. */
function producer(stream: string) {
  const queue = new CatalogWriteQueue({
    db: openCatalogDatabase(":memory:"),
    capacity: 1_000_000,
    ticketPrefix: `p${randomUUID().slice(0, 4)}`,
    stream: {
      url: TEST_REDIS_URL,
      stream,
      group: "producer-only",
      consumer: "p",
      claimIdleMs: 30_000,
      maxLength: 1_000_000,
      deadKey: `${stream}:dead`,
    },
  });
  cleanups.push(() => queue.close(5_000));
  return queue;
}

async function groupState(stream: string, group: string): Promise<{ lag: number; pending: number }> {
  const groups = (await redis.xinfo("GROUPS", stream)) as Array<Array<string | number>>;
  for (const flat of groups) {
    const info = Object.fromEntries(Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]]));
    if (info.name === group) return { lag: Number(info.lag), pending: Number(info.pending) };
  }
  throw new Error(`no group ${group}`);
}

const snapshot = (db: CatalogDatabase) =>
  db.prepare("SELECT id, name, igdb_checksum FROM games WHERE id >= ? ORDER BY id").all(FIRST_ID) as Array<Record<string, unknown>>;

describe("catalog write queue across processes (Redis Stream)", () => {
  it("kill -9 mid-drain, then restart: every enqueued row lands exactly once", async () => {
    const stream = `ql:test:cw:${randomUUID()}`;
    cleanups.push(() => redis.del(stream));
    const total = 5_000;
    const a = instance("crash", stream);
    const first = await a.start();
    producer(stream).enqueue(Array.from({ length: total }, (_, n) => gameWrite(n)));

    await until(() => first.appliedBatches() >= 3, 30_000, "three applied batches");
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");
    const atKill = countTestGames(a.db());
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(total); // killed in the middle of the drain

    const second = await a.start(); // a new process of the same instance: same group, new consumer
    await until(
      async () => {
        const state = await groupState(stream, a.env.INSTANCE_ID);
        return countTestGames(a.db()) === total && state.lag === 0 && state.pending === 0;
      },
      60_000,
      "the restarted worker to apply everything",
    );
    // Exactly once in effect: one row, its two releases, one alt title and one search row per game.
    const db = a.db();
    expect(db.prepare("SELECT count(*) FROM releases WHERE game_id >= ?").pluck().get(FIRST_ID)).toBe(2 * total);
    expect(db.prepare("SELECT count(*) FROM alternative_titles WHERE game_id >= ?").pluck().get(FIRST_ID)).toBe(total);
    expect(db.prepare("SELECT count(*) FROM game_search WHERE rowid >= ?").pluck().get(FIRST_ID)).toBe(total);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(143);
  }, 240_000);

  it("two instances, writes enqueued on both: both SQLite replicas converge to the same rows", async () => {
    const stream = `ql:test:cw:${randomUUID()}`;
    cleanups.push(() => redis.del(stream));
    const a = instance("conv-a", stream);
    const b = instance("conv-b", stream);
    await Promise.all([a.start(), b.start()]);
    // Each instance's producer writes its own games, and both rewrite an overlapping range: the stream's
    // single order decides the last version, the same for both replicas.
    const fromA = producer(stream);
    const fromB = producer(stream);
    fromA.enqueue(Array.from({ length: 3_000 }, (_, n) => gameWrite(n, 1)));
    fromB.enqueue(Array.from({ length: 3_000 }, (_, n) => gameWrite(2_000 + n, 2)));
    fromA.enqueue([{ kind: "game.delete", id: FIRST_ID + 10 }]);
    await until(
      async () => {
        const [sa, sb] = await Promise.all([groupState(stream, a.env.INSTANCE_ID), groupState(stream, b.env.INSTANCE_ID)]);
        return sa.lag + sa.pending + sb.lag + sb.pending === 0 && countTestGames(a.db()) === 4_999 && countTestGames(b.db()) === 4_999;
      },
      60_000,
      "both replicas to apply every write",
    );
    const [rowsA, rowsB] = [snapshot(a.db()), snapshot(b.db())];
    expect(rowsA).toHaveLength(4_999);
    expect(rowsB).toEqual(rowsA);
    // Both producers' games are there (v1 only from A, v2 only from B); the overlap took one order, the same on both.
    expect(rowsA.find((r) => r.id === FIRST_ID + 1)?.igdb_checksum).toBe("v1");
    expect(rowsA.find((r) => r.id === FIRST_ID + 4_000)?.igdb_checksum).toBe("v2");
  }, 240_000);

  it("SIGTERM: the worker stops taking batches, commits the one in flight and exits 143; the rest waits for the restart", async () => {
    const stream = `ql:test:cw:${randomUUID()}`;
    cleanups.push(() => redis.del(stream));
    const a = instance("term", stream);
    const worker = await a.start();
    const writes = producer(stream);
    writes.enqueue(Array.from({ length: 5_000 }, (_, n) => gameWrite(n)));
    await until(() => worker.appliedBatches() >= 2, 30_000, "two applied batches");
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(143);
    expect(await writes.handedOff(10_000)).toBe(true);
    expect(worker.messages).toContainEqual({ stopped: true }); // the graceful path ran to its end
    // Nothing half-applied or lost: what the group does not hold as pending or unread is in SQLite.
    const state = await groupState(stream, a.env.INSTANCE_ID);
    expect(state.pending).toBe(0); // the batch in flight was committed and acked before exit
    expect(countTestGames(a.db()) + state.lag).toBe(5_000);
  }, 240_000);
});
