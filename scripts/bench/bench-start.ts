// npm run bench:start – what a newcomer waits for: the first `npm start` after `npm install` (catalog import, seed,
// build, boot) to the first page, then a restart to the first page and the first search. It runs in a fresh copy
// of the committed sources (git's tracked files at BENCH_START_REF, default HEAD; node_modules hard-linked), so
// neither this checkout's build nor its DATA_DIR is touched or reused. Runs BENCH_START_ROUNDS (default 1) first
// starts; prints a table and, as its last line, one JSON object with the medians.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const PORT = Number(process.env.BENCH_PORT ?? 3395);
const ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 1);
// Another commit to time instead of HEAD (a before-and-after of a change to the start).
const REF = process.env.BENCH_START_REF ?? "HEAD";
const base = `http://127.0.0.1:${PORT}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** A copy of the tracked files at REF plus node_modules, as `git clone && npm install` would leave them. */
function freshCheckout(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "questlog-bench-start-"));
  execFileSync("bash", ["-c", `git archive "${REF}" | tar -x -C "${dir}"`], { stdio: "inherit" });
  // Hard links: the packages and the generated Prisma client as npm install left them, in seconds, on one disk.
  execFileSync("cp", ["-al", "node_modules", "generated", dir]);
  return dir;
}

/** Resolves with the ms from `since` until `url` answers 200. */
async function waitFor(url: string, since: number, child: ChildProcess, log: () => string): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} before ${url} answered:\n${log().slice(-4000)}`);
    try {
      if ((await fetch(url)).status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}

const portAnswers = () =>
  fetch(base).then(
    () => true,
    () => false,
  );

interface Start {
  page_ms: number;
  search_ms: number;
  log: string;
}

async function npmStart(dir: string): Promise<Start & { stop(): Promise<void> }> {
  // Another server on the port would answer for ours and time nothing.
  if (await portAnswers()) throw new Error(`port ${PORT} is taken: set BENCH_PORT`);
  const started = performance.now();
  let log = "";
  const child = spawn("npm", ["start"], {
    cwd: dir,
    env: { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    }
    // npm exits first; the server then closes its background work before it lets go of the port.
    while (await portAnswers()) await sleep(200);
  };
  let page_ms: number;
  let search_ms: number;
  try {
    page_ms = await waitFor(`${base}/`, started, child, () => log);
    // The first search that needs no IGDB trip: the local catalog and the search index answer it.
    search_ms = await waitFor(`${base}/api/games/search?q=zelda`, started, child, () => log);
  } catch (error) {
    await stop(); // never leave a server holding the port for the next start
    throw error;
  }
  return {
    page_ms,
    search_ms,
    get log() {
      return log;
    },
    stop,
  };
}

/** The phases prepare-start and next build print, in seconds, where the log names them. */
function phases(log: string): Record<string, number | null> {
  const find = (pattern: RegExp) => {
    const match = pattern.exec(log);
    return match ? Number(match[1]) : null;
  };
  return {
    import_s: find(/Imported \d+ games .* in ([\d.]+) s/),
    seed_s: (find(/Seeded the local catalog .* in (\d+) ms/) ?? NaN) / 1000 || null,
    compile_s: find(/Compiled successfully in ([\d.]+)s/),
    typescript_s: find(/Finished TypeScript in ([\d.]+)s/),
    prerender_s: find(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)s/),
  };
}

const rows: Array<Record<string, number | string | null>> = [];
for (let round = 1; round <= ROUNDS; round++) {
  const dir = freshCheckout();
  try {
    const first = await npmStart(dir);
    await first.stop();
    rows.push({ start: `first #${round}`, page_s: seconds(first.page_ms), search_s: seconds(first.search_ms), ...phases(first.log) });
    const again = await npmStart(dir);
    await again.stop();
    rows.push({ start: `restart #${round}`, page_s: seconds(again.page_ms), search_s: seconds(again.search_ms) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.table(rows);
const of = (kind: string, key: string) => rows.filter((r) => String(r.start).startsWith(kind)).map((r) => Number(r[key]));
console.log(
  JSON.stringify({
    ref: REF,
    rounds: ROUNDS,
    first_start_page_s: median(of("first", "page_s")),
    first_start_search_s: median(of("first", "search_s")),
    restart_page_s: median(of("restart", "page_s")),
    restart_search_s: median(of("restart", "search_s")),
  }),
);
