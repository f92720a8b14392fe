// npm run bench:http – autocannon against `next start` (10 connections, 10 s each) for:
//   - a bare Next.js JSON route returning a body of the same size as a search response (the ceiling);
//   - the search API (served by the SQLite catalog and the in-memory index);
//   - a prerendered game page, plus its time to first byte at one connection (p50, p99);
//   - the search API answered from the Redis cache (a second server with REDIS_URL).
// Prints a table and, as its last line, one JSON object with requests/s, latencies and the ratios.
// Requires a build (npm run build); uses DATA_DIR's catalog.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

import autocannon from "autocannon";

import { measureTtfb } from "./measure-ttfb";

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const base = `http://127.0.0.1:${PORT}`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      // A query nobody has goes through the IGDB leg, so this also waits for the zero-config stand-in to
      // finish loading (in its own process, but on the same cores: measuring during its load is unfair).
      if ((await fetch(`${base}/api/health`)).ok && (await fetch(`${base}/api/games/search?q=zzqxwarmupzz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error("next start did not become healthy in 60 s");
}

interface Row {
  name: string;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}

async function run(name: string, path: string): Promise<Row> {
  await autocannon({ url: base + path, connections: CONNECTIONS, duration: 2 }); // warm-up
  const r = await autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION });
  return { name, rps: Math.round(r.requests.average), p50_ms: r.latency.p50, p99_ms: r.latency.p99, errors: r.errors + r.non2xx };
}

function startServer(extraEnv: Record<string, string> = {}) {
  return spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    // One client hammering one URL is what a benchmark is; the per-client API limits would refuse it.
    env: {
      ...process.env,
      BENCH_ENDPOINTS: "1",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      API_RATE_LIMITS: "off",
      JOB_SCHEDULES: "off",
      ...extraEnv,
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
}

async function stopServer(child: ReturnType<typeof startServer>): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

// The cache-hit path needs a shared Redis (without one the replica is the cache): BENCH_REDIS_URL, else local.
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
let server = startServer();
try {
  await waitForServer();
  const searchPath = "/api/games/search?q=zelda";
  const searchBytes = (await (await fetch(base + searchPath)).text()).length;
  const slug = (await (await fetch(`${base}/api/games/search?q=tetris&limit=1`)).json()).results[0].slug as string;
  const rows = [
    await run(`bare JSON route (${searchBytes} B)`, `/api/bench/baseline?bytes=${searchBytes}`),
    await run("search API (database)", searchPath),
    await run("search API, typo (database)", "/api/games/search?q=chrono%20triger"),
    await run("game page (SSG)", `/games/${slug}`),
  ];
  const pageTtfb = await measureTtfb(`${base}/games/${slug}`);
  console.log(`game page (SSG), 1 connection: time to first byte p50 ${pageTtfb.p50_ms} ms, p99 ${pageTtfb.p99_ms} ms`);
  await stopServer(server);
  server = startServer({ REDIS_URL });
  await waitForServer();
  rows.push(await run("search API (Redis cache hit)", searchPath));
  console.table(rows);
  const [ceiling, search, typo, page, hit] = rows as [Row, Row, Row, Row, Row];
  console.log(
    JSON.stringify({
      connections: CONNECTIONS,
      seconds: DURATION,
      ceiling_rps: ceiling.rps,
      search_db_rps: search.rps,
      search_db_ratio: Math.round((search.rps / ceiling.rps) * 100) / 100,
      search_typo_rps: typo.rps,
      search_typo_ratio: Math.round((typo.rps / ceiling.rps) * 100) / 100,
      search_db_p99_ms: search.p99_ms,
      game_page_rps: page.rps,
      game_page_p99_ms: page.p99_ms,
      game_page_ttfb_c1_p50_ms: pageTtfb.p50_ms,
      game_page_ttfb_c1_p99_ms: pageTtfb.p99_ms,
      search_cache_hit_rps: hit.rps,
      search_cache_hit_ratio: Math.round((hit.rps / ceiling.rps) * 100) / 100,
      search_cache_hit_p99_ms: hit.p99_ms,
      errors: rows.reduce((n, r) => n + r.errors, 0),
    }),
  );
} finally {
  await stopServer(server);
}
