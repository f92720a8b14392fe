// npm run bench:scale – scale-out evidence: 1, 2 and 3 `next start` instances of our app behind a round-robin
// proxy, sharing one Redis, one PostgreSQL and one IGDB stand-in, under a realistic mix (scale/traffic-mix.ts):
// 70% searches (Zipf over scripts/bench/search-queries.json), 20% game pages, 10% signed-in library reads.
// All three instances start once; each round measures 1, 2 and 3 of them in rotated order (the proxy restarted
// with that many upstreams), BENCH_ROUNDS rounds (default 3) of BENCH_SECONDS (default 10) at BENCH_CONNECTIONS
// (default 30). Prints requests/s per instance count, efficiency per core against one instance, and a JSON
// last line. Requires a build (npm run build) and the local PostgreSQL and Redis; docs/benchmarks-http.md.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";

import autocannon from "autocannon";

import { startIgdbStandin, type IgdbStandin } from "@/standins/igdb";
import { createPostgresDatabase } from "@/tests/accounts-db/support/test-database";
import { clearQuestlogKeys } from "@/tests/support/clear-questlog-keys";
import { envForStandin, startInstances, type Instances } from "@/tests/support/multi-instance";

import { alternate } from "./http/alternate";
import { median, round } from "./http/percentile";
import { treeCpu } from "./http/process-cpu";
import { MIX_SHARES, trafficMix, type MixSources } from "./scale/traffic-mix";
import { jsonPost, signUpPlayer } from "./web/sign-up-player";

const BASE_PORT = Number(process.env.BENCH_PORT ?? 3330);
const PROXY_PORT = BASE_PORT + 10;
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 30);
const COUNTS = [1, 2, 3];
const CORES = availableParallelism();
const DATA_DIR = process.env.DATA_DIR ?? "data";
// A Redis database of its own by default, so clearing Questlog's keys there spares a dev server's.
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/11";
const STANDINS = /standin/;

function startProxy(upstreams: string[]): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/bench/scale/round-robin-proxy.ts", String(PROXY_PORT), ...upstreams],
    {
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve({ pid: child.pid!, stop }));
    child.once("exit", (code) => reject(new Error(`the proxy exited with ${code}`)));
  });
}

/** The mix's material: the benchmark's queries, the games they find, and a few players with a library each. */
async function prepareMix(url: string): Promise<MixSources> {
  const queries = [
    ...new Set((JSON.parse(readFileSync("scripts/bench/search-queries.json", "utf8")) as Array<{ q: string }>).map((e) => e.q)),
  ];
  const slugs = new Set<string>();
  for (const q of queries.slice(0, 40)) {
    const { results } = (await (await fetch(`${url}/api/games/search?q=${encodeURIComponent(q)}&limit=3`)).json()) as {
      results: Array<{ slug: string; id: number }>;
    };
    for (const r of results) slugs.add(r.slug);
  }
  const { results: games } = (await (await fetch(`${url}/api/games/search?q=mario&limit=20`)).json()) as { results: Array<{ id: number }> };
  const playerCookies: string[] = [];
  for (let p = 0; p < 5; p++) {
    const player = await signUpPlayer(url, "bench-scale");
    for (const game of games.slice(0, 12)) await player.call("/api/users/me/library", jsonPost({ gameId: game.id }));
    playerCookies.push(player.cookie());
  }
  return { queries, gameSlugs: [...slugs], playerCookies };
}

interface ScaleMeasurement {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  cpu_us_per_req: number;
  proxy_cpu_us_per_req: number;
}

async function measure(instances: Instances, count: number, mix: MixSources, seconds: number): Promise<ScaleMeasurement> {
  const proxy = await startProxy(instances.urls.slice(0, count));
  try {
    const next = trafficMix(mix);
    const cpu = () => ({
      app: instances.pids.reduce((us, pid) => us + treeCpu(pid, STANDINS).server_us, 0),
      proxy: treeCpu(proxy.pid).server_us,
    });
    const before = cpu();
    const r = await autocannon({
      url: `http://127.0.0.1:${PROXY_PORT}`,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, ...next(), method: "GET" }) }],
    });
    const after = cpu();
    const done = Math.max(1, r.requests.total);
    return {
      rps: Math.round(r.requests.total / (r.duration || seconds)),
      p50_ms: r.latency.p50,
      p99_ms: r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx,
      cpu_us_per_req: Math.round((after.app - before.app) / done),
      proxy_cpu_us_per_req: Math.round((after.proxy - before.proxy) / done),
    };
  } finally {
    await proxy.stop();
  }
}

await clearQuestlogKeys(REDIS_URL);
const database = await createPostgresDatabase();
let standin: IgdbStandin | undefined;
let instances: Instances | undefined;
try {
  standin = await startIgdbStandin({ dataPath: path.join(DATA_DIR, "igdb-standin.sqlite") });
  const env = {
    REDIS_URL,
    DATABASE_URL: database.url,
    // Shared, so a session cookie from one instance is good on the others, as behind any load balancer.
    AUTH_SECRET: `bench-scale-${"s".repeat(40)}`,
    STORE_DEMO_LISTINGS: "on",
    API_RATE_LIMITS: "off",
    ...envForStandin(standin),
  };
  instances = await startInstances(Math.max(...COUNTS), BASE_PORT, env, undefined, path.join(DATA_DIR, "catalog.sqlite"));
  const mix = await prepareMix(instances.urls[0]!);
  console.log(`${mix.queries.length} queries, ${mix.gameSlugs.length} game pages, ${mix.playerCookies.length} players; ${CORES} cores`);
  for (const count of COUNTS) await measure(instances, count, mix, 3); // warm-up: every instance, every path
  const rounds = await alternate(ROUNDS, COUNTS, async (count, r) => {
    const m = await measure(instances!, count, mix, SECONDS);
    console.log(
      `  round ${r + 1}, ${count} instance(s): ${m.rps} req/s, p99 ${m.p99_ms} ms, ${m.cpu_us_per_req} µs CPU/req, errors ${m.errors}`,
    );
    return m;
  });
  const byCount = COUNTS.map((count, i) => {
    const ms = rounds.map((row) => row[i]!);
    const pick = (f: (m: ScaleMeasurement) => number) => median(ms.map(f));
    return {
      instances: count,
      rps: Math.round(pick((m) => m.rps)),
      p50_ms: pick((m) => m.p50_ms),
      p99_ms: pick((m) => m.p99_ms),
      cpu_us_per_req: Math.round(pick((m) => m.cpu_us_per_req)),
      proxy_cpu_us_per_req: Math.round(pick((m) => m.proxy_cpu_us_per_req)),
      errors: ms.reduce((n, m) => n + m.errors, 0),
    };
  });
  const one = byCount[0]!.rps;
  const rows = byCount.map((b) => ({ ...b, efficiency_per_core: round(b.rps / Math.min(b.instances, CORES) / one) }));
  console.table(rows);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  if (errors) console.log(`ERRORS: ${errors} failed or non-2xx responses`);
  console.log(
    JSON.stringify({ cores: CORES, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, mix: MIX_SHARES, results: rows, errors }),
  );
} finally {
  await instances?.stop();
  await standin?.close();
  await database.drop();
}
