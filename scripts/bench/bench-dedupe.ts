// npm run bench:dedupe – the cold-search fan-in (lib/cache/dedupe.ts): 3 `next start` instances sharing one Redis (REDIS_URL, default
// redis://127.0.0.1:6379) and one IGDB stand-in; 500 concurrent identical cold searches spread over them.
// Needs a build (npm run build) and DATA_DIR's stand-in catalog. Last line: one JSON object
// {upstream_calls, requests, leader_p99_ms, waiter_p99_ms, …}.
import path from "node:path";

import { startIgdbStandin } from "@/standins/igdb";

import { clearQuestlogKeys } from "../../tests/support/clear-questlog-keys";
import { envForStandin, startInstances } from "../../tests/support/multi-instance";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const QUERY = process.env.BENCH_QUERY ?? "street fighter";

const p99 = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))]! * 10) / 10;
};

const standin = await startIgdbStandin({ dataPath: path.resolve(process.env.DATA_DIR ?? "data", "igdb-standin.sqlite"), latencyMs: 150 });
await clearQuestlogKeys(REDIS_URL);
const instances = await startInstances(3, Number(process.env.BENCH_PORT ?? 3430), {
  REDIS_URL,
  API_RATE_LIMITS: "off", // 500 requests from one benchmark client
  ...envForStandin(standin),
});
try {
  await fetch(`${standin.url}/__standin/stats/reset`, { method: "POST" });
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: REQUESTS }, async (_, i) => {
      const t0 = performance.now();
      const res = await fetch(`${instances.urls[i % 3]}/api/games/search?q=${encodeURIComponent(QUERY)}`);
      const body = (await res.json()) as { results?: Array<{ id: number }>; meta?: { source: string; deduplicated?: boolean } };
      return {
        ms: performance.now() - t0,
        status: res.status,
        source: body.meta?.source,
        deduplicated: body.meta?.deduplicated === true,
        ids: JSON.stringify(body.results?.map((r) => r.id)),
      };
    }),
  );
  const wallMs = performance.now() - started;
  const stats = (await (await fetch(`${standin.url}/__standin/stats`)).json()) as { requests: number; searches: number };
  const leaders = outcomes.filter((o) => o.source === "igdb" && !o.deduplicated);
  const waiters = outcomes.filter((o) => o.deduplicated);
  const cacheHits = outcomes.filter((o) => o.source === "cache");
  console.log(`\n${REQUESTS} concurrent "${QUERY}" over 3 instances (stand-in latency 150 ms):`);
  console.log(`  upstream: ${stats.requests} requests, ${stats.searches} searches`);
  console.log(
    `  leaders ${leaders.length}, waiters ${waiters.length}, cache hits ${cacheHits.length}, errors ${outcomes.filter((o) => o.status !== 200).length}`,
  );
  console.log(`  distinct answers ${new Set(outcomes.map((o) => o.ids)).size}, wall ${Math.round(wallMs)} ms`);
  console.log(
    JSON.stringify({
      upstream_calls: stats.searches,
      upstream_requests: stats.requests,
      requests: REQUESTS,
      errors: outcomes.filter((o) => o.status !== 200).length,
      distinct_answers: new Set(outcomes.map((o) => o.ids)).size,
      leaders: leaders.length,
      waiters: waiters.length,
      cache_hits: cacheHits.length,
      leader_p99_ms: p99(leaders.map((o) => o.ms)),
      waiter_p99_ms: p99(waiters.map((o) => o.ms)),
      cache_hit_p99_ms: p99(cacheHits.map((o) => o.ms)),
      wall_ms: Math.round(wallMs),
    }),
  );
} finally {
  await instances.stop();
  await standin.close();
}
