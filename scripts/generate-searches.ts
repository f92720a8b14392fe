// npm run traffic:searches -- [--url http://127.0.0.1:3000] [--count 300] [--rate 10]
// Sends realistic searches (the benchmark's query set) to a running server at a steady rate, with a progress
// bar: a way to watch /admin move on a quiet install, and the "script" of the admin e2e. Prints a JSON summary.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import cliProgress from "cli-progress";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    count: { type: "string", default: "300" },
    rate: { type: "string", default: "10" },
  },
});
const count = Number(values.count);
const rate = Number(values.rate);
if (!Number.isInteger(count) || count < 1 || !(rate > 0)) {
  console.error("Usage: npm run traffic:searches -- [--url http://127.0.0.1:3000] [--count N ≥ 1] [--rate per-second > 0]");
  process.exit(2);
}

const queries = (JSON.parse(readFileSync(path.join(import.meta.dirname, "bench/search-queries.json"), "utf8")) as Array<{ q: string }>).map(
  (e) => e.q,
);
const statuses: Record<string, number> = {};
const bar = new cliProgress.SingleBar(
  { format: "searches |{bar}| {value}/{total} {status}", noTTYOutput: true, notTTYSchedule: 2000 },
  cliProgress.Presets.shades_classic,
);
bar.start(count, 0, { status: "" });
const started = Date.now();
const inFlight: Array<Promise<void>> = [];
for (let i = 0; i < count; i++) {
  // Paced by the clock, not by answers: a slow server gets the same offered load.
  const due = started + (i * 1000) / rate;
  if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
  const q = queries[i % queries.length]!;
  inFlight.push(
    fetch(`${values.url}/api/games/search?q=${encodeURIComponent(q)}`)
      .then(async (res) => {
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      })
      .catch(() => void (statuses.error = (statuses.error ?? 0) + 1))
      .finally(() => bar.increment({ status: JSON.stringify(statuses) })),
  );
}
await Promise.all(inFlight);
bar.stop();
console.log(JSON.stringify({ sent: count, seconds: (Date.now() - started) / 1000, statuses }));
if (statuses.error || Object.keys(statuses).some((s) => s !== "200")) process.exitCode = 1;
