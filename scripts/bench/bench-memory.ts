// npm run bench:memory – where the zero-config web process's memory goes, after a warm-up.
// Starts `next start` (a build is required: npm run build) with no configuration but BENCH_ENDPOINTS=1, on
// BENCH_PORT; warms it up (the benchmark's searches, game pages, /api/games/{id}, the IGDB leg, the store);
// then prints, for the web process and each process it started (the IGDB and Stripe stand-ins, any Next
// worker), RSS split into anonymous and file-backed memory, the SQLite files mapped into it (/proc smaps),
// and the web process's own view (GET /api/bench/memory): V8 heap, array buffers, the search index (built a
// second time between two full GCs), PGlite's WebAssembly memory, SQLite settings, process singletons.
// A table, then one JSON line. Uses DATA_DIR's catalog (./data by default).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

import { readProcessMemory, type ProcessMemory } from "./lib/read-process-memory";

const PORT = Number(process.env.BENCH_PORT ?? 3320);
const ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 3);
const base = `http://127.0.0.1:${PORT}`;

interface Query {
  q: string;
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 480; i++) {
    try {
      // An unknown query goes through the IGDB leg: this also waits for the stand-in to finish loading.
      if ((await fetch(`${base}/api/health`)).ok && (await fetch(`${base}/api/games/search?q=zzqxwarmupzz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error("next start did not become healthy in 120 s");
}

async function get(path: string): Promise<Response> {
  const response = await fetch(base + path);
  await response.arrayBuffer();
  return response;
}

/** The traffic of a running site: every benchmark query, pages and API reads of the games they find, misses. */
async function warmUp(): Promise<number> {
  const queries = (JSON.parse(readFileSync("scripts/bench/search-queries.json", "utf8")) as Query[]).map((q) => q.q);
  const found: Array<{ id: number; slug: string }> = [];
  let requests = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const response = await fetch(`${base}/api/games/search?q=${encodeURIComponent(q)}&limit=5`);
      requests++;
      if (round === 0 && response.ok) {
        const body = (await response.json()) as { results: Array<{ id: number; slug: string }> };
        found.push(...body.results.slice(0, 1));
      } else await response.arrayBuffer();
    }
    for (const { id, slug } of found) {
      await get(`/games/${slug}`);
      await get(`/api/games/${id}`);
      requests += 2;
    }
    // Other sorts and pages of the search, the store's pages, and queries nobody has (the IGDB leg).
    for (const path of [
      "/",
      "/search?q=zelda",
      "/search?q=mario&sort=popularity",
      "/deals",
      "/platforms",
      "/api/games/search?q=final%20fantasy&sort=release_date&limit=50",
      "/api/games/search?q=the&sort=name&limit=50&offset=100",
      `/api/games/search?q=zzunknown${round}game`,
      "/sitemap.xml",
    ]) {
      await get(path);
      requests++;
    }
  }
  return requests;
}

/** The server's process and its descendants (stand-ins, workers), from /proc. */
function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const all: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    all.push(pid);
    queue.push(...(parents.get(pid) ?? []));
  }
  return all;
}

function roleOf(memory: ProcessMemory): string {
  if (memory.command.includes("igdb-standin")) return "IGDB stand-in";
  if (memory.command.includes("stripe-standin")) return "Stripe stand-in";
  if (memory.command.includes("esbuild")) return "esbuild (tsx)";
  if (memory.command.includes("next-server") || memory.command.includes("next start")) return "web (next start)";
  return memory.command.slice(0, 40);
}

/**
 * BENCH_HEAP_SNAPSHOT=1: the server was started with --heapsnapshot-signal=SIGUSR2; signal it and wait for the
 * Heap.*.heapsnapshot it writes in the working directory (summarise it: scripts/bench/summarize-heap-snapshot.ts).
 */
async function takeHeapSnapshot(pid: number): Promise<void> {
  const snapshots = () => readdirSync(".").filter((f) => f.endsWith(".heapsnapshot"));
  const before = new Set(snapshots());
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 240; i++) {
    await sleep(500);
    const written = snapshots().find((f) => !before.has(f));
    // Written in one pass; the size stops changing when V8 is done.
    if (written && statSync(written).size > 0 && statSync(written).size === (await sleep(1000), statSync(written).size)) {
      console.log(`heap snapshot: ${written}`);
      return;
    }
  }
  throw new Error("no heap snapshot after 2 minutes");
}

// Through the same script as `npm start`, so the process settings it adds are measured too (it execs next start:
// server.pid is the web process). BENCH_PLAIN_NEXT=1 starts `next start` without them, for comparison.
const command = process.env.BENCH_PLAIN_NEXT ? ["node_modules/.bin/next", "start"] : ["sh", "scripts/start-server.sh"];
const server = spawn(command[0]!, [...command.slice(1), "-p", String(PORT), "-H", "127.0.0.1"], {
  env: {
    ...process.env,
    BENCH_ENDPOINTS: "1",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    API_RATE_LIMITS: "off",
    ...(process.env.BENCH_HEAP_SNAPSHOT ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --heapsnapshot-signal=SIGUSR2`.trim() } : {}),
  },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
try {
  const started = performance.now();
  await waitForServer();
  const readyMs = performance.now() - started;
  const requests = await warmUp();
  await sleep(3000); // let deferred work (revalidation, metrics samples, the write drain) settle
  // RSS first: the report below forces GCs and builds a second index, which would move it.
  const processes = descendants(server.pid!)
    .map((pid) => readProcessMemory(pid))
    .filter((m): m is ProcessMemory => m !== null && m.rss_mb > 5);
  if (process.env.BENCH_HEAP_SNAPSHOT) await takeHeapSnapshot(server.pid!);
  const inside = (await (await fetch(`${base}/api/bench/memory?index=1`)).json()) as Record<string, unknown>;
  const webAfterGc = readProcessMemory(server.pid!);
  const rows = processes.map((m) => ({
    role: roleOf(m),
    pid: m.pid,
    rss_mb: m.rss_mb,
    anon_mb: m.anon_mb,
    file_mb: m.file_mb,
    sqlite_mapped_mb: m.sqlite_mb,
    malloc_brk_mb: m.anon_regions_mb.brk_heap,
    wasm_mb: m.anon_regions_mb.wasm,
    other_anon_mb: m.anon_regions_mb.other,
    peak_rss_mb: m.peak_rss_mb,
  }));
  console.log(`ready in ${Math.round(readyMs)} ms; warm-up: ${requests} requests in ${ROUNDS} rounds`);
  console.table(rows);
  const web = rows.find((r) => r.role.startsWith("web")) ?? rows[0]!;
  const inWeb = inside as {
    heap_used_mb: number;
    heap_total_mb: number;
    external_mb: number;
    array_buffers_mb: number;
    search_index: { measured_heap_mb: number; measured_buffers_mb: number } | null;
    pglite_wasm_mb: number | null;
  };
  console.table({
    "V8 heap used": inWeb.heap_used_mb,
    "V8 heap total": inWeb.heap_total_mb,
    "external (incl. array buffers, WASM)": inWeb.external_mb,
    "array buffers": inWeb.array_buffers_mb,
    "search index heap (measured)": inWeb.search_index?.measured_heap_mb,
    "search index buffers (measured)": inWeb.search_index?.measured_buffers_mb,
    "PGlite WASM memory": inWeb.pglite_wasm_mb,
    "SQLite files mapped (RSS)": web.sqlite_mapped_mb,
    "web RSS after the report's full GCs and index rebuild": webAfterGc?.rss_mb,
  });
  console.log(JSON.stringify(inside, null, 1));
  const standin = (role: string) => rows.find((r) => r.role === role)?.rss_mb ?? null;
  console.log(
    JSON.stringify({
      web_rss_mb: web.rss_mb,
      web_anon_mb: web.anon_mb,
      web_file_mb: web.file_mb,
      web_sqlite_mapped_mb: web.sqlite_mapped_mb,
      igdb_standin_rss_mb: standin("IGDB stand-in"),
      stripe_standin_rss_mb: standin("Stripe stand-in"),
      processes: rows,
      inside,
    }),
  );
} finally {
  if (server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    process.kill(-server.pid!, "SIGTERM");
    await exited;
  }
}
