// npm run bench:http – our app's request paths against a bare Next.js app (scripts/bench/ceiling-app), the
// ceiling: what Next itself costs. Both run `next start` side by side; after a warm-up of both, each path is
// alternated with the ceiling for BENCH_ROUNDS rounds (default 3), and the medians are printed:
//   - c=1: p50 and p99 latency, sequential requests on one kept-alive socket;
//   - c=10: requests/s (autocannon, BENCH_SECONDS each, default 5) and server CPU µs per request (/proc);
//   - the ratio of the path's requests/s to the ceiling's in the same round (the ceiling returns a JSON body
//     of the same size; pages are also compared with a bare static page of their size).
// Paths: search from Redis (a server with REDIS_URL), search and a typo search in zero-config, a prerendered
// and an ISR game page, and GET /api/games/{id}. Prints a table and, as its last line, one JSON object.
// Requires a build (npm run build); builds the ceiling app itself. docs/benchmarks-http.md explains the numbers.
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

import autocannon from "autocannon";

import { alternate } from "./http/alternate";
import { buildCeilingApp, startCeilingApp } from "./http/ceiling-app";
import { formatHttpTable } from "./http/format-http-table";
import { measureSequential } from "./http/measure-sequential";
import { measureTarget, type Measurement, type Target } from "./http/measure-target";
import { BENCH_APP_ENV, startNext, type NextServer } from "./http/next-server";
import { summariseCeiling, summarisePath, type PathSummary } from "./http/summarise-rounds";

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const settings = { connections: 10, seconds: Number(process.env.BENCH_SECONDS ?? 5), sequentialRequests: 500 };
// The cache-hit path needs a shared Redis (without one the replica is the cache): BENCH_REDIS_URL, else local.
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
// Zero-config spawns the IGDB and Stripe stand-ins as children: real IGDB and Stripe are someone else's CPU.
const STANDINS = /standin/;

interface PathSpec {
  key: string;
  label: string;
  path: string;
  page?: boolean;
  search?: boolean;
}

async function startApp(port: number, env: Record<string, string> = {}): Promise<NextServer> {
  const app = await startNext({ port, env: { ...BENCH_APP_ENV, ...env } });
  // A query nobody has goes through the IGDB leg, so this also waits for the zero-config stand-in to finish
  // loading (in its own process, but on the same cores: measuring during its load is unfair).
  for (let i = 0; i < 480; i++) {
    if ((await fetch(`${app.url}/api/games/search?q=zzqxwarmupzz`).catch(() => null))?.ok) return app;
    await sleep(250);
  }
  await app.stop();
  throw new Error("the IGDB leg did not answer within 120 s");
}

const bodyBytes = async (url: string) => Buffer.byteLength(await (await fetch(url)).text());

/** A game page `next build` prerendered, and one it did not (rendered on first request, then ISR-cached). */
async function pickGamePages(app: NextServer): Promise<{ prerendered: string; isr: string }> {
  const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as { routes: Record<string, unknown> };
  const prerendered = Object.keys(manifest.routes).filter((route) => route.startsWith("/games/"));
  if (!prerendered.length) throw new Error("the build prerendered no game page (STATIC_GAME_PAGES=0?)");
  const built = new Set(prerendered);
  const { results } = (await (await fetch(`${app.url}/api/games/search?q=adventure&limit=50`)).json()) as {
    results: Array<{ slug: string }>;
  };
  const isr = results.map((r) => `/games/${r.slug}`).find((route) => !built.has(route));
  if (!isr) throw new Error("every game found for 'adventure' was prerendered: no ISR page to measure");
  return { prerendered: prerendered[0]!, isr };
}

async function warmUp(urls: string[]): Promise<void> {
  for (const url of urls) await autocannon({ url, connections: settings.connections, duration: 3 });
}

/** Alternates `spec` with the ceiling (and, for a page, a bare static page of its size) for ROUNDS rounds. */
async function measurePath(app: NextServer, ceiling: NextServer, spec: PathSpec): Promise<{ path: PathSummary; ceiling: Measurement[] }> {
  const url = app.url + spec.path;
  const bytes = await bodyBytes(url);
  const targets: Target[] = [{ name: `ceiling JSON ${bytes} B`, url: `${ceiling.url}/api/baseline?bytes=${bytes}`, pid: ceiling.pid }];
  if (spec.page) {
    // The bare page carries Next's own markup (about 5 KB) on top of its text: size it so the whole matches.
    const probe = await bodyBytes(`${ceiling.url}/static/${bytes}`);
    targets.push({ name: "ceiling page", url: `${ceiling.url}/static/${Math.max(0, 2 * bytes - probe)}`, pid: ceiling.pid });
  }
  targets.push({ name: spec.label, url, pid: app.pid, otherProcesses: STANDINS, readQueryTime: spec.search });
  await warmUp(targets.map((t) => t.url));
  const rounds = await alternate(ROUNDS, targets, async (target, round) => {
    const m = await measureTarget(target, settings);
    console.log(
      `  round ${round + 1} ${target.name}: ${m.rps} req/s, ${m.cpu_us_per_req} µs CPU/req, c1 p99 ${m.p99_ms} ms, errors ${m.errors}`,
    );
    return m;
  });
  return { path: summarisePath(rounds), ceiling: rounds.map((r) => r[0]!) };
}

buildCeilingApp();
const ceiling = await startCeilingApp(PORT + 1);
const results: Record<string, { path: PathSummary; ceiling: Measurement[] }> = {};
let gamePageTtfb = { p50_ms: Number.NaN, p99_ms: Number.NaN };
const labels: Record<string, string> = {};
try {
  let app = await startApp(PORT);
  try {
    const { results: found } = (await (await fetch(`${app.url}/api/games/search?q=zelda&limit=1`)).json()) as {
      results: Array<{ id: number }>;
    };
    const pages = await pickGamePages(app);
    const specs: PathSpec[] = [
      { key: "search_zero_config", label: "search (zero-config)", path: "/api/games/search?q=zelda", search: true },
      { key: "search_typo", label: "search, typo (zero-config)", path: "/api/games/search?q=chrono%20triger", search: true },
      { key: "game_page_prerendered", label: "game page (prerendered)", path: pages.prerendered, page: true },
      { key: "game_page_isr", label: "game page (ISR)", path: pages.isr, page: true },
      { key: "game_api", label: "GET /api/games/{id}", path: `/api/games/${found[0]!.id}` },
    ];
    for (const spec of specs) {
      console.log(`${spec.label}: ${spec.path}`);
      labels[spec.key] = spec.label;
      results[spec.key] = await measurePath(app, ceiling, spec);
    }
    // The figure docs/web-performance.md quotes: gzip asked for, as a browser does.
    const ttfb = await measureSequential(app.url + pages.prerendered, {
      requests: 1000,
      warmup: 200,
      headers: { "accept-encoding": "gzip" },
    });
    gamePageTtfb = { p50_ms: ttfb.ttfb_p50_ms, p99_ms: ttfb.ttfb_p99_ms };
  } finally {
    await app.stop();
  }
  app = await startApp(PORT, { REDIS_URL });
  try {
    const spec = { key: "search_redis", label: "search (Redis cache hit)", path: "/api/games/search?q=zelda", search: true };
    console.log(`${spec.label}: ${spec.path}`);
    labels[spec.key] = spec.label;
    results[spec.key] = await measurePath(app, ceiling, spec);
  } finally {
    await app.stop();
  }
} finally {
  await ceiling.stop();
}

const ceilings = Object.fromEntries(Object.entries(results).map(([key, r]) => [key, summariseCeiling(r.ceiling)]));
const paths = Object.fromEntries(Object.entries(results).map(([key, r]) => [key, r.path]));
console.log(formatHttpTable(labels, paths, ceilings));
console.log(`game page (prerendered), 1 connection, gzip: time to first byte p50 ${gamePageTtfb.p50_ms} ms, p99 ${gamePageTtfb.p99_ms} ms`);
const errors = Object.values(paths).reduce((n, p) => n + p.errors, 0) + Object.values(ceilings).reduce((n, c) => n + c.errors, 0);
if (errors) console.log(`ERRORS: ${errors} failed or non-2xx responses (counted in the table's errors column)`);
console.log(
  JSON.stringify({
    rounds: ROUNDS,
    connections: settings.connections,
    seconds: settings.seconds,
    paths,
    ceiling: ceilings,
    game_page_ttfb_c1_p50_ms: gamePageTtfb.p50_ms,
    game_page_ttfb_c1_p99_ms: gamePageTtfb.p99_ms,
    errors,
  }),
);
