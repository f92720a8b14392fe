// One upstream call per cold search, across instances (lib/cache/dedupe.ts): three `next start` instances share one Redis (through the TCP
// driver, then through the Upstash REST driver) and one IGDB stand-in. 300 concurrent identical cold
// searches spread over them cost exactly one upstream search, and everyone gets the same answer.
import { expect, test } from "@playwright/test";

import { startIgdbStandin, type IgdbStandin } from "../../standins/igdb";
import { clearQuestlogKeys } from "../../tests/support/clear-questlog-keys";
import { envForStandin, startInstances } from "../../tests/support/multi-instance";
import { TEST_REDIS_URL } from "../../tests/support/test-redis";
import { startUpstashBridge } from "../../tests/support/upstash-rest-bridge";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
// One at a time: both runs share the Redis and clear Questlog's keys first.
test.describe.configure({ mode: "serial" });
let standin: IgdbStandin;

test.beforeAll(async () => {
  standin = await startIgdbStandin({ dataPath: `${DATA_DIR}/igdb-standin.sqlite` });
});
test.afterAll(async () => {
  await standin?.close();
});

async function fanIn(redisEnv: Record<string, string>, basePort: number, q: string) {
  await clearQuestlogKeys(TEST_REDIS_URL);
  const instances = await startInstances(3, basePort, {
    ...redisEnv,
    ...envForStandin(standin),
  });
  try {
    await fetch(`${standin.url}/__standin/stats/reset`, { method: "POST" });
    const responses = await Promise.all(
      // 300 different people (distinct client addresses), so the per-client API limits do not apply.
      Array.from({ length: 300 }, (_, i) =>
        fetch(`${instances.urls[i % 3]}/api/games/search?q=${encodeURIComponent(q)}`, {
          headers: { "x-forwarded-for": `10.1.${i >> 8}.${i & 255}` },
        }),
      ),
    );
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{
      results: Array<{ id: number }>;
      meta: { source: string; deduplicated?: boolean };
    }>;
    const stats = (await (await fetch(`${standin.url}/__standin/stats`)).json()) as { searches: number };
    return { statuses: responses.map((r) => r.status), bodies, upstreamSearches: stats.searches };
  } finally {
    await instances.stop();
  }
}

for (const driver of ["redis", "upstash"] as const) {
  test(`300 identical cold searches over 3 instances cost one IGDB search (${driver} driver)`, async () => {
    test.setTimeout(180_000);
    const bridge = driver === "upstash" ? await startUpstashBridge({ redisUrl: TEST_REDIS_URL }) : null;
    try {
      const env: Record<string, string> = bridge
        ? { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: bridge.token }
        : { REDIS_URL: TEST_REDIS_URL };
      const { statuses, bodies, upstreamSearches } = await fanIn(
        env,
        driver === "redis" ? 3400 : 3410,
        driver === "redis" ? "tetris" : "pac-man",
      );
      expect(statuses).toEqual(Array(300).fill(200));
      expect(upstreamSearches).toBe(1);
      const answers = new Set(bodies.map((b) => JSON.stringify(b.results.map((r) => r.id))));
      expect(answers.size).toBe(1);
      expect(bodies[0]!.results.length).toBeGreaterThan(0);
      const leaders = bodies.filter((b) => b.meta.source === "igdb" && !b.meta.deduplicated);
      expect(leaders).toHaveLength(1);
      // The other 299 got the leader's work as waiters, from the cache or, on the leader's own instance once
      // its rows were stored, from SQLite; how they split is a race (and a cache read may fail open), so only
      // the guarantees are asserted: one upstream search, one leader, one answer.
    } finally {
      await bridge?.close();
    }
  });
}
