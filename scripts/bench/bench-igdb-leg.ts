// npm run bench:igdb – what the IGDB leg costs, in zero-config mode against the in-process stand-in:
//   1. cold: 50 concurrent distinct searches for upstream-only titles (the burst the IGDB leg must absorb):
//      latency, and what reached the stand-in (requests, searches, max per second, max open, 429s);
//   2. warm: the same 50 again, now answered by SQLite;
//   3. single: 10 sequential cold searches 600 ms apart (no queueing): the latency one IGDB leg adds.
// Needs a build (npm run build). Runs on a throwaway copy of DATA_DIR's stand-in catalog so every run
// starts cold. Prints a table and, as its last line, one JSON object.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { pickUpstreamOnlyTitles } from "../../tests/support/upstream-only-titles";

const PORT = Number(process.env.BENCH_PORT ?? 3312);
const STANDIN_PORT = PORT + 1;
const base = `http://127.0.0.1:${PORT}`;
const standin = `http://127.0.0.1:${STANDIN_PORT}`;
const source = path.resolve(process.env.DATA_DIR ?? "data", "igdb-standin.sqlite");
if (!existsSync(source)) {
  console.error(`No stand-in catalog at ${source}: run npm run catalog:import (or npm start once) first.`);
  process.exit(1);
}
const dataDir = mkdtempSync(path.join(tmpdir(), "questlog-bench-igdb-"));
copyFileSync(source, path.join(dataDir, "igdb-standin.sqlite"));

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up in 120 s`);
}

async function timedSearch(q: string): Promise<{ ms: number; source: string; status: number }> {
  const started = performance.now();
  const res = await fetch(`${base}/api/games/search?q=${encodeURIComponent(q)}`);
  const body = (await res.json()) as { meta?: { source: string } };
  return { ms: performance.now() - started, source: body.meta?.source ?? "error", status: res.status };
}

const stats = async () => (await (await fetch(`${standin}/__standin/stats`)).json()) as Record<string, number>;

const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    IGDB_STANDIN_PORT: String(STANDIN_PORT),
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    API_RATE_LIMITS: "off",
    JOB_SCHEDULES: "off",
  },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
try {
  await waitFor(`${base}/api/health`);
  await waitFor(`${standin}/__standin/health`);
  const titles = await pickUpstreamOnlyTitles(standin, 60);
  const burst = titles.slice(0, 50);
  const singles = titles.slice(50, 60);
  for (let i = 0; i < 20; i++) await timedSearch("tetris"); // warm the route
  await sleep(1_200);
  await fetch(`${standin}/__standin/stats/reset`, { method: "POST" });

  const started = performance.now();
  const cold = await Promise.all(burst.map(timedSearch));
  const burstMs = performance.now() - started;
  const upstream = await stats();
  const warm = await Promise.all(burst.map(timedSearch));
  const single: number[] = [];
  for (const q of singles) {
    await sleep(600);
    single.push((await timedSearch(q)).ms);
  }
  const local: number[] = [];
  for (let i = 0; i < 20; i++) local.push((await timedSearch(burst[i % burst.length]!)).ms);

  const rows = [
    [
      "50 cold concurrent",
      percentile(
        cold.map((r) => r.ms),
        50,
      ),
      percentile(
        cold.map((r) => r.ms),
        99,
      ),
      cold.filter((r) => r.source === "igdb").length,
    ],
    [
      "50 warm concurrent",
      percentile(
        warm.map((r) => r.ms),
        50,
      ),
      percentile(
        warm.map((r) => r.ms),
        99,
      ),
      warm.filter((r) => r.source === "database").length,
    ],
    ["single cold (IGDB leg)", percentile(single, 50), percentile(single, 99), singles.length],
    ["single warm (SQLite)", percentile(local, 50), percentile(local, 99), local.length],
  ];
  console.log("\ncase                      p50 ms   p99 ms   answered");
  for (const [name, p50, p99, n] of rows)
    console.log(`${String(name).padEnd(24)} ${String(p50).padStart(8)} ${String(p99).padStart(8)} ${String(n).padStart(10)}`);
  console.log(
    `\nstand-in during the burst: ${upstream.requests} requests, ${upstream.searches} searches, max ${upstream.maxPerSecond}/s, max ${upstream.maxOpen} open, ${upstream.rejected429} × 429`,
  );
  console.log(
    JSON.stringify({
      burst_requests: burst.length,
      burst_igdb_answers: cold.filter((r) => r.source === "igdb").length,
      burst_errors: cold.filter((r) => r.status !== 200).length,
      upstream_requests: upstream.requests,
      upstream_searches: upstream.searches,
      upstream_max_per_second: upstream.maxPerSecond,
      upstream_max_open: upstream.maxOpen,
      upstream_429: upstream.rejected429,
      burst_wall_ms: Math.round(burstMs),
      burst_p50_ms: percentile(
        cold.map((r) => r.ms),
        50,
      ),
      burst_p99_ms: percentile(
        cold.map((r) => r.ms),
        99,
      ),
      warm_database_answers: warm.filter((r) => r.source === "database").length,
      igdb_leg_p50_ms: percentile(single, 50),
      sqlite_p50_ms: percentile(local, 50),
      igdb_leg_added_p50_ms: Math.round((percentile(single, 50) - percentile(local, 50)) * 10) / 10,
    }),
  );
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  await sleep(500);
  rmSync(dataDir, { recursive: true, force: true });
}
