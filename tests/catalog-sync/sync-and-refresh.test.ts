// The sync and the stale refresh over real HTTP against the stand-in, writing a real SQLite replica.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { refreshStaleGames } from "@/lib/catalog-sync/refresh-stale-games";
import { syncPopularGames } from "@/lib/catalog-sync/sync-popular-games";
import { CatalogWriteQueue } from "@/lib/catalog-writes/catalog-write-queue";
import { openCatalogDatabase, type CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { seedCatalogFromStandin } from "@/lib/catalog/seed/seed-catalog-from-standin";
import type { IgdbStandin } from "@/standins/igdb";

import { clientFor, control, startStandin, stats } from "../igdb/standin-fixture";

let standin: IgdbStandin;
let dir: string;
let db: CatalogDatabase;
// The real write path: the in-process queue and its drainer, into this test's SQLite file.
let writes: CatalogWriteQueue;

const count = (sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

beforeAll(async () => {
  // IGDB's 4/s is the client's own tests' business (tests/igdb); here it would only turn a loaded CI
  // machine's event-loop stalls (the stand-in shares this process) into 429 storms.
  standin = await startStandin({ rateLimit: { perSecond: 1_000, open: 100 } });
  dir = mkdtempSync(path.join(tmpdir(), "questlog-sync-"));
  db = openCatalogDatabase(path.join(dir, "catalog.sqlite"));
  seedCatalogFromStandin(db, inject("standinCatalogPath"), 1_000);
  writes = new CatalogWriteQueue({ db, capacity: 20_000, ticketPrefix: "sync" });
  await writes.start();
});
afterAll(async () => {
  await writes.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  await standin.close();
});

describe("igdb:sync --popular", () => {
  it("ranks by popularity primitives, writes only what the replica lacks, in few requests", async () => {
    await control(standin, "stats/reset", {});
    const client = clientFor(standin);
    const result = await syncPopularGames(db, client, writes, { count: 6_000 });
    expect(result.ranked).toBe(6_000);
    expect(result.written + result.unchanged).toBe(6_000);
    expect(result.unchanged).toBeGreaterThanOrEqual(950); // the seeded top 1,000 are current
    expect(count("SELECT count(*) FROM games")).toBeGreaterThanOrEqual(6_000);
    // popularity: 2 pages of 500... 12 queries → 2 multiqueries; games: 6,000 ids → 2 multiqueries
    expect((await stats(standin)).requests).toBeLessThanOrEqual(4);
    // Rows from IGDB are complete: platforms through releases, searchable titles.
    const sample = db.prepare("SELECT id FROM games WHERE source = 'igdb' LIMIT 1").pluck().get() as number;
    expect(count("SELECT count(*) FROM releases WHERE game_id = ?", sample)).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM game_search WHERE rowid = ?", sample)).toBe(1);
    expect(db.prepare("SELECT value FROM catalog_meta WHERE key = 'sync.popular.checkpoint'").get()).toBeUndefined();
  }, 60_000);

  it("resumes an interrupted run without writing the finished part again", async () => {
    const client = clientFor(standin);
    let batches = 0;
    const crash = syncPopularGames(db, client, writes, {
      count: 12_000,
      fresh: true,
      onProgress: (p: { phase: string; done: number }) => {
        if (p.phase === "games" && p.done > 0 && ++batches === 2) throw new Error("killed mid-sync");
      },
    });
    await expect(crash).rejects.toThrow("killed mid-sync");
    const resumed = await syncPopularGames(db, client, writes, { count: 12_000 });
    expect(resumed.resumed).toBe(true);
    expect(resumed.skipped).toBeGreaterThan(0);
    expect(resumed.skipped + resumed.written + resumed.unchanged + resumed.missing).toBe(12_000);
  }, 60_000);
});

describe("stale refresh", () => {
  it("rewrites games IGDB changed, removes games it deleted, and only touches the rest", async () => {
    const [changed, deleted] = db.prepare("SELECT id FROM games ORDER BY popularity DESC LIMIT 2").pluck().all() as number[];
    await control(standin, `records/games`, [{ id: changed, name: "Renamed Upstream Edition" }]);
    const res = await fetch(`${standin.url}/__standin/records/games/${deleted}`, { method: "DELETE" });
    expect(res.ok).toBe(true);
    const result = await refreshStaleGames(db, clientFor(standin), writes, { olderThanMs: 0, limit: 3_000 });
    expect(result.checked).toBe(3_000);
    expect(result.changedIds).toEqual([changed]);
    expect(result.removedIds).toEqual([deleted]);
    expect(db.prepare("SELECT name FROM games WHERE id = ?").pluck().get(changed)).toBe("Renamed Upstream Edition");
    expect(count("SELECT count(*) FROM games WHERE id = ?", deleted)).toBe(0);
    const again = await refreshStaleGames(db, clientFor(standin), writes, { olderThanMs: 0, limit: 3_000 });
    expect(again.changed).toBe(0);
  }, 60_000);
});
