// A private copy of the seeded replica per test file (curation hides and renames games; other files read
// the shared one), and the real IGDB client pointed at an in-process stand-in over HTTP (the "real IGDB"
// configuration, so requests can be counted and faults injected through its control API).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, inject } from "vitest";

import { closeIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import type { GameCurationChanges } from "@/lib/catalog/curation/game-curation-changes";
import { searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames } from "@/lib/search/search-games";
import type { IgdbStandin } from "@/standins/igdb";

import { until } from "../catalog-writes/write-fixtures";
import { control, startStandin } from "../igdb/standin-fixture";
import { setTestEnv } from "../support/with-env";

export interface CurationTestEnv {
  standin: IgdbStandin;
  /** Requests the stand-in has answered (or refused) so far. */
  upstreamRequests(): Promise<number>;
}

export function setUpCurationTestEnv(vars: Record<string, string> = {}): CurationTestEnv {
  const env = {} as CurationTestEnv;
  let dir = "";
  let restore = () => {};
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "questlog-curation-"));
    const source = new Database(inject("localCatalogPath"), { readonly: true });
    await source.backup(path.join(dir, "catalog.sqlite"));
    source.close();
    env.standin = await startStandin({ rateLimit: { perSecond: 1_000, open: 100 } });
    env.upstreamRequests = async () => ((await control(env.standin, "stats")) as { requests: number }).requests;
    restore = setTestEnv({
      DATA_DIR: dir,
      IGDB_API_URL: env.standin.apiUrl,
      TWITCH_TOKEN_URL: env.standin.tokenUrl,
      TWITCH_CLIENT_ID: env.standin.clientId,
      TWITCH_CLIENT_SECRET: env.standin.clientSecret,
      ...vars,
    });
    await getCatalogWriteQueue().start();
  });
  afterAll(async () => {
    await closeCatalogWriteQueue(2_000);
    await closeIgdbConnection();
    await env.standin?.close();
    restore();
    rmSync(dir, { recursive: true, force: true });
  });
  return env;
}

/** An admin's curation, through the catalog write queue as the console sends it, applied before it returns. */
export async function curate(id: number, changes: GameCurationChanges): Promise<void> {
  const [status] = await getCatalogWriteQueue().write([{ kind: "game.curate", id, changes, by: "test@example.com" }]);
  expect(status?.state).toBe("applied");
}

export const searchIds = async (q: string) => (await searchGames(searchGamesQuerySchema.parse({ q, limit: 20 }))).results.map((g) => g.id);

/** The after-write hook updates the index moments after the commit (coalesced over 25 ms). */
export const untilSearch = (q: string, check: (ids: number[]) => boolean, what: string) =>
  until(async () => check(await searchIds(q)), 5_000, what);
