// npm run bench:queue – the catalog write queue: enqueue cost, drain throughput into SQLite, and lag from
// enqueue to a visible row; on the Redis Stream (REDIS_URL, default redis://127.0.0.1:6379) and in-process.
// Synthetic IGDB-shaped games (a platform, two releases, a company, an alternative title) into a fresh
// SQLite file per phase. A game write is 5 SQLite rows (the game, two releases, an alternative title and
// its search row): drain_rows_per_s counts those rows, drain_games_per_s the games.
// BENCH_RUNS (default 3) runs of both modes; the headline numbers are the medians over the runs, and the
// drain's time is split by phase (take = XREADGROUP + JSON parse, validate, apply = the SQLite transaction,
// ack, listeners). Last line: one JSON object {enqueue_p99_ms, drain_rows_per_s, lag_p99_ms, …}.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { Redis } from "ioredis";

import { CatalogWriteQueue, type StreamConfig } from "@/lib/catalog-writes/catalog-write-queue";
import { DEFAULT_DRAINER_OPTIONS } from "@/lib/catalog-writes/drainer";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";

import { syntheticGameWrite } from "./synthetic-game-writes";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const SQL_ROWS_PER_GAME = 5;
const LAG_RATE = Number(process.env.BENCH_LAG_RATE ?? 5_000); // writes/s offered during the lag phase
const LAG_SECONDS = Number(process.env.BENCH_LAG_SECONDS ?? 3);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
// Rows per drainer transaction; unset: the drainer's default (the server's CATALOG_WRITE_BATCH default).
const BATCH = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 1000) / 1000;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function redisAvailable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

function makeQueue(mode: "redis-stream" | "in-process") {
  const dir = mkdtempSync(path.join(tmpdir(), "questlog-bench-queue-"));
  const db = openCatalogDatabase(path.join(dir, "catalog.sqlite"), { writer: true }); // as the server's drainer opens it
  const stream = `ql:bench:cw:${randomUUID()}`;
  const config: StreamConfig = {
    url: REDIS_URL,
    stream,
    group: "bench",
    consumer: "bench:1",
    claimIdleMs: 30_000,
    maxLength: 1_000_000,
    deadKey: `${stream}:dead`,
  };
  const queue = new CatalogWriteQueue({
    db,
    capacity: 1_000_000,
    ticketPrefix: "b",
    drainer: BATCH ? { batchSize: BATCH } : undefined,
    stream: mode === "redis-stream" ? config : undefined,
  });
  return {
    queue,
    db,
    async dispose() {
      await queue.close(30_000);
      db.close();
      rmSync(dir, { recursive: true, force: true });
      if (mode === "redis-stream") {
        const redis = new Redis(REDIS_URL);
        await redis.del(stream, `${stream}:dead`);
        redis.disconnect();
      }
    },
  };
}

async function measure(mode: "redis-stream" | "in-process") {
  // 1. Enqueue: each call timed alone, with the drainer not started (the cost a request path pays).
  const enqueue = makeQueue(mode);
  const enqueueMs: number[] = [];
  for (let n = 0; n < ROWS; n++) {
    const write = syntheticGameWrite(n);
    const t0 = performance.now();
    enqueue.queue.enqueue([write]);
    enqueueMs.push(performance.now() - t0);
  }
  // 2. Drain: the backlog from (1), once it is all in the stream, from the first take to the last commit.
  await enqueue.queue.handedOff(60_000);
  const drainStarted = performance.now();
  const drainCpu = process.cpuUsage();
  await enqueue.queue.start();
  // Polled from the drainer's own counter (no I/O): a count(*) every 5 ms ran on the drainer's thread and
  // took its time from the drain it was measuring. The rows are counted once, after.
  while (enqueue.queue.drainProgress().applied < ROWS) await sleep(5);
  const drainMs = performance.now() - drainStarted;
  // This process's CPU time over the drain (all its threads): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(drainCpu);
  const drainCpuMs = (cpu.user + cpu.system) / 1000;
  const stored = enqueue.db.prepare("SELECT count(*) FROM games").pluck().get() as number;
  if (stored !== ROWS) throw new Error(`drained ${ROWS} writes but the catalog holds ${stored} games`);
  const stats = await enqueue.queue.stats();
  const phases = enqueue.queue.drainProgress().phaseMs;
  await enqueue.dispose();

  // 3. Lag: a steady offered load with the drainer running; enqueue → applied per write.
  const lag = makeQueue(mode);
  await lag.queue.start();
  const tickets: string[] = [];
  const perTick = Math.max(1, Math.round(LAG_RATE / 100));
  for (let tick = 0; tick < LAG_SECONDS * 100; tick++) {
    tickets.push(...lag.queue.enqueue(Array.from({ length: perTick }, (_, i) => syntheticGameWrite(tick * perTick + i))).map((t) => t.id));
    await sleep(10);
  }
  await Promise.all(tickets.map((id) => lag.queue.settled(id)));
  const lagStats = await lag.queue.stats();
  await lag.dispose();
  return {
    enqueue_p50_ms: pct(enqueueMs, 50),
    enqueue_p99_ms: pct(enqueueMs, 99),
    drain_rows_per_s: Math.round((SQL_ROWS_PER_GAME * ROWS) / (drainMs / 1000)),
    drain_games_per_s: Math.round(ROWS / (drainMs / 1000)),
    drain_batches: stats.batches,
    lag_p50_ms: lagStats.lagP50Ms,
    lag_p99_ms: lagStats.lagP99Ms,
    drain_ms: Math.round(drainMs),
    drain_cpu_ms: Math.round(drainCpuMs),
    drain_rows_per_cpu_s: Math.round((SQL_ROWS_PER_GAME * ROWS) / (drainCpuMs / 1000)),
    take_ms: Math.round(phases.take),
    validate_ms: Math.round(phases.validate),
    apply_ms: Math.round(phases.apply),
    ack_ms: Math.round(phases.ack),
    listeners_ms: Math.round(phases.listeners),
  };
}
type Result = Awaited<ReturnType<typeof measure>>;

function median(runs: readonly Result[]): Result {
  const keys = Object.keys(runs[0]!) as Array<keyof Result>;
  return Object.fromEntries(
    keys.map((key) => {
      const values = runs.map((r) => r[key]).filter((v): v is number => typeof v === "number");
      return [key, values.length === runs.length ? pct(values, 50) : runs[0]![key]];
    }),
  ) as Result;
}

function summarize(mode: string, r: Result): string {
  const other = r.drain_ms - r.take_ms - r.validate_ms - r.apply_ms - r.ack_ms - r.listeners_ms;
  return (
    `${mode.padEnd(13)} enqueue p50 ${r.enqueue_p50_ms} ms, p99 ${r.enqueue_p99_ms} ms · drain ${r.drain_games_per_s} games/s (${r.drain_rows_per_s} SQLite rows/s) in ${r.drain_batches} batches · lag p50 ${r.lag_p50_ms} ms, p99 ${r.lag_p99_ms} ms at ${LAG_RATE} writes/s\n` +
    `${"".padEnd(13)} drain ${r.drain_ms} ms (CPU ${r.drain_cpu_ms} ms: ${r.drain_rows_per_cpu_s} rows per CPU-second) = take ${r.take_ms} + validate ${r.validate_ms} + apply ${r.apply_ms} + ack ${r.ack_ms} + listeners ${r.listeners_ms} + other ${other}`
  );
}

const modes: Array<"redis-stream" | "in-process"> = (await redisAvailable()) ? ["redis-stream", "in-process"] : ["in-process"];
if (modes.length === 1) console.log(`No Redis at ${REDIS_URL}: measuring the in-process queue only.`);
const runs: Record<string, Result[]> = Object.fromEntries(modes.map((mode) => [mode, []]));
for (let run = 1; run <= RUNS; run++) {
  for (const mode of modes) {
    const result = await measure(mode);
    runs[mode]!.push(result);
    console.log(`run ${run}/${RUNS} ${summarize(mode, result)}`);
  }
}
const results: Record<string, Result> = Object.fromEntries(modes.map((mode) => [mode, median(runs[mode]!)]));
console.log(`\nMedian of ${RUNS} run(s):`);
for (const mode of modes) console.log(summarize(mode, results[mode]!));
const headline = results["redis-stream"] ?? results["in-process"]!;
console.log(
  JSON.stringify({
    mode: modes[0],
    games: ROWS,
    runs: RUNS,
    batch_size: BATCH ?? DEFAULT_DRAINER_OPTIONS.batchSize,
    ...headline,
    drain_rows_per_s_runs: runs[modes[0]!]!.map((r) => r.drain_rows_per_s),
    ...(results["in-process"] && modes.length > 1
      ? {
          in_process_enqueue_p99_ms: results["in-process"].enqueue_p99_ms,
          in_process_drain_rows_per_s: results["in-process"].drain_rows_per_s,
          in_process_drain_games_per_s: results["in-process"].drain_games_per_s,
          in_process_lag_p99_ms: results["in-process"].lag_p99_ms,
        }
      : {}),
  }),
);
process.exit(0);
