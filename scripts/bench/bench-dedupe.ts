// npm run bench:dedupe – the cold-search fan-in (lib/cache/dedupe.ts): 3 `next start` instances sharing one Redis (REDIS_URL, default
// redis://127.0.0.1:6379) and one IGDB stand-in answering after BENCH_LATENCY_MS (default 400); BENCH_REQUESTS (default 300)
// concurrent identical cold searches spread over them. Each instance first answers searches for another query
// (BENCH_WARMUP: how many, default 1; 0 skips it): the key is cold, the servers are not, as in production.
// Where the time goes, per request: dispatch (the client sending 300 requests), server (meta.query_time_ms, inside
// searchGames: cache read, local search, the dedupe wait), outside (the rest: HTTP, Next's routing, offers, JSON), and for
// the deduplicated ones, done → answer (from the leader's "done" publication, seen by the bench on the same Redis channel,
// to the answer reaching the client: wake-up, cache read, response, and the queue of requests behind it).
// Needs a build (npm run build) and DATA_DIR's stand-in catalog. Last line: one JSON object {upstream_calls, p99_ms, …}.
import path from "node:path";

import { Redis } from "ioredis";

import { startIgdbStandin } from "@/standins/igdb";

import { clearQuestlogKeys } from "../../tests/support/clear-questlog-keys";
import { envForStandin, startInstances } from "../../tests/support/multi-instance";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 400);
const QUERY = process.env.BENCH_QUERY ?? "street fighter";
const WARMUP_QUERY = process.env.BENCH_WARMUP_QUERY ?? "zelda";
// Warm-up searches per instance (0: none): a long-running server's code is compiled and optimised, a fresh one's is not.
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 1));

const pct = (values: number[], p: number) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};
const spread = (values: number[]) => `p50 ${pct(values, 50)} / p99 ${pct(values, 99)} ms`;

const standin = await startIgdbStandin({
  dataPath: path.resolve(process.env.DATA_DIR ?? "data", "igdb-standin.sqlite"),
  latencyMs: LATENCY_MS,
});
await clearQuestlogKeys(REDIS_URL);
const instances = await startInstances(3, Number(process.env.BENCH_PORT ?? 3430), {
  REDIS_URL,
  API_RATE_LIMITS: "off", // hundreds of requests from one benchmark client
  ...envForStandin(standin),
});
const listener = new Redis(REDIS_URL);
try {
  for (let i = 0; i < WARMUP; i++) {
    for (const url of instances.urls) await (await fetch(`${url}/api/games/search?q=${encodeURIComponent(WARMUP_QUERY)}`)).arrayBuffer();
  }
  await fetch(`${standin.url}/__standin/stats/reset`, { method: "POST" });
  let doneAt: number | null = null;
  await listener.psubscribe("ql:done:*");
  listener.on("pmessage", () => (doneAt ??= performance.now()));

  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: REQUESTS }, async (_, i) => {
      const sentAt = performance.now() - started;
      const res = await fetch(`${instances.urls[i % 3]}/api/games/search?q=${encodeURIComponent(QUERY)}`);
      const headersAt = performance.now() - started;
      const body = (await res.json()) as {
        results?: Array<{ id: number }>;
        meta?: { source: string; deduplicated?: boolean; query_time_ms?: number };
      };
      const endAt = performance.now() - started;
      return {
        ms: endAt - sentAt,
        sentAt,
        headersAt,
        endAt,
        serverMs: body.meta?.query_time_ms ?? 0,
        status: res.status,
        source: body.meta?.source,
        deduplicated: body.meta?.deduplicated === true,
        ids: JSON.stringify(body.results?.map((r) => r.id)),
      };
    }),
  );
  const wallMs = performance.now() - started;
  const doneMs = doneAt === null ? null : doneAt - started;
  const stats = (await (await fetch(`${standin.url}/__standin/stats`)).json()) as { requests: number; searches: number };
  const leaders = outcomes.filter((o) => o.source === "igdb" && !o.deduplicated);
  const waiters = outcomes.filter((o) => o.deduplicated);
  const cacheHits = outcomes.filter((o) => o.source === "cache");
  const all = outcomes.map((o) => o.ms);
  const durations = (group: typeof outcomes) => group.map((o) => o.ms);
  const [leaderMs, waiterMs, cacheHitMs] = [durations(leaders), durations(waiters), durations(cacheHits)];
  const serverMs = outcomes.map((o) => o.serverMs);
  const outside = outcomes.map((o) => o.ms - o.serverMs);
  const afterDone = doneMs === null ? [] : waiters.map((o) => o.endAt - doneMs);
  const errors = outcomes.filter((o) => o.status !== 200).length;

  console.log(
    `\n${REQUESTS} concurrent "${QUERY}" over 3 instances (stand-in latency ${LATENCY_MS} ms, ${WARMUP} warm-up search(es) per instance):`,
  );
  console.log(`  upstream: ${stats.requests} requests, ${stats.searches} searches`);
  console.log(`  leaders ${leaders.length}, waiters ${waiters.length}, cache hits ${cacheHits.length}, errors ${errors}`);
  console.log(`  distinct answers ${new Set(outcomes.map((o) => o.ids)).size}, wall ${Math.round(wallMs)} ms`);
  console.log(`  all requests      ${spread(all)}`);
  console.log(`  dispatch          last request sent at ${Math.round(Math.max(...outcomes.map((o) => o.sentAt)))} ms`);
  console.log(`  server            ${spread(serverMs)} (meta.query_time_ms)`);
  console.log(`  outside server    ${spread(outside)} (HTTP, routing, offers, JSON, queueing)`);
  console.log(
    `  leader            ${leaders.map((o) => `${Math.round(o.ms)} ms (server ${Math.round(o.serverMs)})`).join(", ") || "none"}`,
  );
  console.log(`  leader done at    ${doneMs === null ? "not seen" : `${Math.round(doneMs)} ms`} (its publication, bench clock)`);
  console.log(`  done → answer     ${spread(afterDone)} (deduplicated requests)`);
  console.log(
    JSON.stringify({
      upstream_calls: stats.searches,
      upstream_requests: stats.requests,
      requests: REQUESTS,
      latency_ms: LATENCY_MS,
      warmup: WARMUP,
      errors,
      distinct_answers: new Set(outcomes.map((o) => o.ids)).size,
      leaders: leaders.length,
      waiters: waiters.length,
      cache_hits: cacheHits.length,
      p50_ms: pct(all, 50),
      p99_ms: pct(all, 99),
      leader_p99_ms: pct(leaderMs, 99),
      waiter_p99_ms: pct(waiterMs, 99),
      cache_hit_p99_ms: pct(cacheHitMs, 99),
      server_p99_ms: pct(serverMs, 99),
      outside_p99_ms: pct(outside, 99),
      leader_done_ms: doneMs === null ? null : Math.round(doneMs),
      done_to_answer_p99_ms: pct(afterDone, 99),
      wall_ms: Math.round(wallMs),
    }),
  );
} finally {
  listener.disconnect();
  await instances.stop();
  await standin.close();
}
