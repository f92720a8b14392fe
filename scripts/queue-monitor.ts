// npm run queue:monitor [-- --url http://localhost:3000 --every 1000]   a live terminal view of a running
// server's job queues and catalog write drainer. Reads GET /api/admin/queues with
// ADMIN_API_TOKEN, so it sees the same figures with BullMQ or the in-process runner. Ctrl-C quits.
import { parseArgs } from "node:util";

import type { WriteQueueStats } from "@/lib/catalog-writes/catalog-write";
import { getEnv } from "@/lib/env";
import type { QueueStats } from "@/lib/jobs/types";

const { values } = parseArgs({
  options: { url: { type: "string" }, every: { type: "string", default: "1000" }, once: { type: "boolean", default: false } },
});
const env = getEnv();
const base = values.url ?? env.SITE_URL ?? `http://localhost:${env.PORT}`;
const every = Math.max(250, Number(values.every) || 1000);
if (!env.ADMIN_API_TOKEN) {
  console.error("Set ADMIN_API_TOKEN to the server's admin token (see docs/operations.md).");
  process.exit(2);
}

interface Snapshot {
  queues: QueueStats[];
  catalogWrites: WriteQueueStats;
  generatedAt: string;
}

const SPARK = "▁▂▃▄▅▆▇█";
const history = new Map<string, number[]>();
const bold = (s: string) => `\x1b[1m${s}\x1b[0m`;
const dim = (s: string) => `\x1b[2m${s}\x1b[0m`;
const red = (s: string) => `\x1b[31m${s}\x1b[0m`;

function spark(key: string, value: number): string {
  const series = [...(history.get(key) ?? []), value].slice(-30);
  history.set(key, series);
  const max = Math.max(1, ...series);
  return series.map((v) => SPARK[Math.min(SPARK.length - 1, Math.floor((v / max) * (SPARK.length - 1)))]).join("");
}

function bar(value: number, max: number, width = 20): string {
  const filled = Math.round((Math.min(value, max) / Math.max(1, max)) * width);
  return `${"█".repeat(filled)}${dim("░".repeat(width - filled))}`;
}

const age = (ms: number | null) =>
  ms === null ? "–" : ms < 1_000 ? `${ms} ms` : ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 60_000)} min`;

function render(s: Snapshot): string {
  const lines = [bold(`Questlog queues · ${base} · ${new Date(s.generatedAt).toLocaleTimeString()}`), ""];
  lines.push(bold("queue        waiting  active delayed  failed  done/min  oldest    dead  throughput (done/min)"));
  for (const q of s.queues) {
    const c = q.counts;
    lines.push(
      `${(q.queue + (q.paused ? " ⏸" : "")).padEnd(12)} ${String(c.waiting).padStart(7)} ${String(c.active).padStart(7)} ${String(c.delayed).padStart(7)} ` +
        `${c.failed > 0 ? red(String(c.failed).padStart(7)) : String(c.failed).padStart(7)} ${String(q.completedLastMinute).padStart(9)}  ${age(q.oldestWaitingMs).padEnd(8)} ` +
        `${q.deadLetters > 0 ? red(String(q.deadLetters).padStart(5)) : String(q.deadLetters).padStart(5)}  ${spark(q.queue, q.completedLastMinute)}`,
    );
  }
  const w = s.catalogWrites;
  lines.push("", bold(`catalog writes (${w.mode})`));
  lines.push(`depth      ${bar(w.depth, w.capacity)} ${w.depth} / ${w.capacity}   oldest waiting ${age(w.oldestWaitingMs)}`);
  lines.push(`applied    ${String(w.applied).padStart(9)}   ${spark("applied", w.applied)}`);
  lines.push(`last batch ${w.lastBatchRows} rows in ${w.lastBatchMs} ms · lag p50 ${age(w.lagP50Ms)}, p99 ${age(w.lagP99Ms)}`);
  lines.push(
    `dead ${w.dead > 0 ? red(String(w.dead)) : "0"} · rejected ${w.rejected > 0 ? red(String(w.rejected)) : "0"} · batches ${w.batches}`,
  );
  lines.push("", dim("Ctrl-C to quit"));
  return lines.join("\n");
}

async function tick(): Promise<void> {
  try {
    const res = await fetch(`${base}/api/admin/queues`, {
      headers: { authorization: `Bearer ${env.ADMIN_API_TOKEN}` },
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await res.json()) as Snapshot | { error: { message: string } };
    const text = "error" in body ? red(`${res.status}: ${body.error.message}`) : render(body);
    process.stdout.write(values.once ? `${text}\n` : `\x1b[2J\x1b[H${text}\n`);
  } catch (error) {
    process.stdout.write(`${values.once ? "" : "\x1b[2J\x1b[H"}${red(`Cannot reach ${base}: ${(error as Error).message}`)}\n`);
    if (values.once) process.exitCode = 1;
  }
}

await tick();
if (!values.once) setInterval(() => void tick(), every);
