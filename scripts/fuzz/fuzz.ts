// npm run fuzz -- [--url http://127.0.0.1:3000] [--cases 100000] [--seconds 0] [--seed N] [--concurrency 8]
//                 [--admin-token T] [--anonymous] [--keep-going] [--replay seed:path]
// Throws generated requests (query strings, JSON bodies, headers, path segments) at every API route of a running
// server, every method each route exports, signed out, as a player and as an admin. Reaching the handlers needs
// a server that does not rate-limit the fuzzer, and the admin token for the admin routes, e.g.:
//   API_RATE_LIMITS=off AUTH_RATE_LIMITS=off ADMIN_API_TOKEN=$TOKEN npm start   then   ADMIN_API_TOKEN=$TOKEN npm run fuzz
// Against a server with its limits on, most answers are 429s: allowed (not 5xx), but they say little.
// Prints every failing request (5xx, no answer, slower than 1 s) as a curl line; the last line is a JSON
// summary; exits 1 when anything failed. A lane (one of --concurrency) stops at its first failure and shrinks it to
// the smallest failing request; --keep-going records every failure instead and never stops early.
import { parseArgs } from "node:util";

import cliProgress from "cli-progress";

import { getEnv } from "@/lib/env";

import { createFuzzSessions } from "./create-fuzz-sessions";
import { discoverApiRoutes } from "./discover-api-routes";
import { runFuzz } from "./run-fuzz";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    cases: { type: "string", default: "100000" },
    seconds: { type: "string", default: "0" },
    seed: { type: "string" },
    concurrency: { type: "string", default: "8" },
    "admin-token": { type: "string" },
    anonymous: { type: "boolean", default: false },
    "keep-going": { type: "boolean", default: false },
    replay: { type: "string" },
  },
});
const cases = Number(values.cases);
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0 : Number(values.seed);
const replayMatch = values.replay ? /^(-?\d+):([\d:]+)$/.exec(values.replay) : null;
if (
  !Number.isInteger(cases) ||
  cases < 1 ||
  !(seconds >= 0) ||
  !Number.isInteger(concurrency) ||
  concurrency < 1 ||
  !Number.isInteger(seed) ||
  (values.replay && !replayMatch)
) {
  console.error(
    "Usage: npm run fuzz -- [--url URL] [--cases N ≥ 1] [--seconds S ≥ 0] [--seed int] [--concurrency N ≥ 1] [--admin-token T] [--anonymous] [--keep-going] [--replay seed:path]",
  );
  process.exit(2);
}
const baseUrl = values.url.replace(/\/+$/, "");
const adminToken = values["admin-token"] ?? getEnv().ADMIN_API_TOKEN;

const routes = discoverApiRoutes(process.cwd());
console.error(`${routes.length} API routes, ${routes.reduce((n, r) => n + r.methods.length, 0)} route methods; signing in…`);
const sessions = values.anonymous
  ? { auth: {}, plausible: { gameIds: [], queues: [], userIds: [], jobIds: [], emails: [], password: "" } }
  : await createFuzzSessions(baseUrl, adminToken);
if (!adminToken) console.error("No ADMIN_API_TOKEN (or --admin-token): the admin routes only get their 401s and 403s.");

const bar = new cliProgress.SingleBar(
  {
    format: "fuzz |{bar}| {value}/{total} {eta_formatted} left · 5xx {fivexx} · slow {slow} · max {maxms} ms",
    noTTYOutput: true,
    notTTYSchedule: 5_000,
  },
  cliProgress.Presets.shades_classic,
);
bar.start(cases, 0, { fivexx: 0, slow: 0, maxms: 0 });
const { summary, failures } = await runFuzz({
  baseUrl,
  context: { origin: new URL(baseUrl).origin, routes, ...sessions },
  cases,
  seconds,
  seed,
  concurrency,
  slowMs: 1_000,
  timeoutMs: 10_000,
  keepGoing: values["keep-going"],
  replay: replayMatch ? { seed: Number(replayMatch[1]), path: replayMatch[2]! } : undefined,
  onCase: (done, s) => bar.update(Math.min(done, cases), { fivexx: s.five_xx + s.no_answer, slow: s.slow, maxms: s.max_ms }),
});
bar.stop();

const neverOk = Object.entries(summary.by_route)
  .filter(([, r]) => r.ok === 0)
  .map(([key]) => key);
console.error(`Route methods never answered 2xx (validation, auth or 404 every time): ${neverOk.length ? neverOk.join(", ") : "none"}`);
for (const failure of failures) {
  console.log(
    `FAIL ${failure.kind}: ${failure.method} ${failure.path} → ${failure.status} in ${failure.ms} ms, ${failure.atSeconds} s into the run`,
  );
  console.log(`  headers: ${JSON.stringify(failure.headers)}`);
  if (failure.bodyExcerpt) console.log(`  body: ${JSON.stringify(failure.bodyExcerpt)}`);
  if (failure.answer) console.log(`  answer: ${failure.answer}`);
  console.log(`  reproduce: ${failure.curl}`);
}
for (const shrunk of summary.shrunk) console.log(`SHRUNK (npm run fuzz -- --replay ${shrunk.replay}): ${shrunk.request}`);
// by_route went to stderr above (the never-2xx list); the line stays one screen wide.
console.log(JSON.stringify({ ...summary, by_route: undefined, url: baseUrl }));
if (summary.five_xx > 0 || summary.no_answer > 0 || summary.slow > 0) process.exitCode = 1;
