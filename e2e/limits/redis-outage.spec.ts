// Redis is an accelerator, never a dependency: an instance whose Redis dies mid-run keeps answering
// every search from SQLite (and IGDB), with no 5xx, and uses Redis again once it is back.
import { spawn, type ChildProcess } from "node:child_process";

import { expect, test } from "@playwright/test";
import { Redis } from "ioredis";

import { cacheKeys } from "../../lib/cache/keys";
import { startInstances } from "../../tests/support/multi-instance";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
const REDIS_PORT = 6391;
const QUERIES = [
  "zelda",
  "mario kart",
  "tetris",
  "metroid",
  "sonic",
  "street fighter",
  "pac-man",
  "castlevania",
  "kombat rabbits",
  "gelfling adventure",
];

function startRedis(): Promise<ChildProcess> {
  const redis = spawn("redis-server", ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  return new Promise((resolve, reject) => {
    redis.once("error", reject);
    setTimeout(() => resolve(redis), 300);
  });
}

test("searches keep answering while Redis is killed and restarted", async () => {
  test.setTimeout(180_000);
  let redis = await startRedis();
  const instances = await startInstances(1, 3420, { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` }, `${DATA_DIR}/igdb-standin.sqlite`);
  let client = 0; // a new client address per request: this test is about Redis, not the per-client limits
  const search = async (q: string, more = "") => {
    const res = await fetch(`${instances.urls[0]}/api/games/search?q=${encodeURIComponent(q)}${more}`, {
      headers: { "x-forwarded-for": `10.3.${(client >> 8) & 255}.${client++ & 255}` },
    });
    return { status: res.status, source: ((await res.json()) as { meta?: { source: string } }).meta?.source };
  };
  try {
    const warm = [];
    for (const q of QUERIES) warm.push(await search(q));
    // The IGDB leg's writes land a moment later and evict cached searches listing the games they rewrote
    // (tag invalidation); a second pass after they settle leaves every query cached.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const q of QUERIES) await search(q);
    const again = await Promise.all(QUERIES.map((q) => search(q)));
    expect(again.map((r) => r.source)).toEqual(QUERIES.map(() => "cache"));

    redis.kill("SIGKILL");
    await new Promise((r) => redis.once("exit", r));
    const during = [];
    const outage: Array<{ status: number; source?: string }> = [];
    for (let round = 0; round < 3; round++) {
      during.push(...(await Promise.all(QUERIES.map((q) => search(q)))));
      outage.push(await search(`outage ${round}`));
    }
    // Known queries may come from the server's own short-lived L1 ("cache"); a query nobody asked before cannot.
    expect([...during, ...outage].map((r) => r.status)).toEqual([...during, ...outage].map(() => 200));
    expect(outage.map((r) => r.source)).not.toContain("cache");

    redis = await startRedis();
    // Redis came back empty (no persistence): a search key in it proves the instance writes to it again.
    const probe = new Redis(REDIS_PORT, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 1 });
    let recovered = false;
    try {
      await probe.connect();
      for (let i = 0; i < 40 && !recovered; i++) {
        // A page nobody asked for (the L1 cannot hold it): computed from SQLite, then stored in Redis once it is back.
        await search("zelda", `&offset=${i + 1}`);
        recovered = (await probe.keys(cacheKeys.pattern("search"))).length > 0;
        if (!recovered) await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      probe.disconnect();
    }
    expect(recovered).toBe(true);
    expect(warm.map((r) => r.status)).toEqual(QUERIES.map(() => 200));
  } finally {
    await instances.stop();
    redis.kill("SIGKILL");
  }
});
