// Redis is an accelerator, never a dependency: an instance whose Redis dies mid-run keeps answering
// every search from SQLite (and IGDB), with no 5xx, and uses Redis again once it is back.
import { spawn, type ChildProcess } from "node:child_process";

import { expect, test } from "@playwright/test";

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
  const search = async (q: string) => {
    const res = await fetch(`${instances.urls[0]}/api/games/search?q=${encodeURIComponent(q)}`, {
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
    const again = await Promise.all(QUERIES.map(search));
    expect(again.map((r) => r.source)).toEqual(QUERIES.map(() => "cache"));

    redis.kill("SIGKILL");
    await new Promise((r) => redis.once("exit", r));
    const during = [];
    for (let round = 0; round < 3; round++) during.push(...(await Promise.all([...QUERIES, `outage ${round}`].map(search))));
    expect(during.map((r) => r.status)).toEqual(during.map(() => 200));
    expect(new Set(during.map((r) => r.source))).not.toContain("cache");

    redis = await startRedis();
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      await search("zelda"); // stores again once the connection is back
      recovered = (await search("zelda")).source === "cache";
      if (!recovered) await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered).toBe(true);
    expect(warm.map((r) => r.status)).toEqual(QUERIES.map(() => 200));
  } finally {
    await instances.stop();
    redis.kill("SIGKILL");
  }
});
