// The fuzzer's core, shared by `npm run fuzz` (scripts/fuzz/fuzz.ts) and the e2e check (e2e/security/fuzz.spec.ts).
//
// Why fast-check rather than a loop over Math.random(): every case comes from a seed, so a run is reproducible
// (same seed, same requests), and when a case fails fast-check shrinks it: it re-sends ever simpler variants
// and reports the smallest request that still fails, which is far quicker to debug than a 2 MB body of noise.
// The property fails on a 5xx or no answer at all; slow answers are recorded but not shrunk (timing is noisy).
import fc from "fast-check";

import { fuzzRequest, type FuzzContext, type FuzzRequest } from "./fuzz-request";
import { describeFuzzRequest, sendFuzzRequest, type FuzzResponse } from "./send-fuzz-request";

export interface FuzzOptions {
  baseUrl: string;
  context: FuzzContext;
  /** Cases to run in all (shrinking's re-sends come on top). */
  cases: number;
  /** Stop after this long even if cases remain (0: no limit). */
  seconds: number;
  seed: number;
  /** Requests in flight at once: one fast-check run ("lane") each, with seeds seed, seed+1, … (see runLane) */
  concurrency: number;
  /** An answer slower than this is a failure. */
  slowMs: number;
  /** Per request; past it the case counts as "timeout". */
  timeoutMs: number;
  /** Record every failure and go on, instead of stopping a lane at its first and shrinking it (bug hunts). */
  keepGoing?: boolean;
  /** Replays one lane's shrunk counterexample: fast-check's seed and path, as a failure report prints them. */
  replay?: { seed: number; path: string };
  onCase?: (done: number, summary: FuzzSummary) => void;
}

export interface FuzzFailure {
  kind: "5xx" | "no-answer" | "slow";
  method: string;
  path: string;
  headers: Record<string, string>;
  bodyExcerpt: string;
  status: FuzzResponse["status"];
  ms: number;
  /** Seconds into the run when the answer came: slow answers bunched together point at a stall, not a route. */
  atSeconds: number;
  answer: string;
  curl: string;
}

export interface FuzzSummary {
  cases: number;
  /** Cases plus shrinking's re-sends. */
  requests: number;
  status_counts: Record<string, number>;
  five_xx: number;
  no_answer: number;
  slow: number;
  max_ms: number;
  seed: number;
  concurrency: number;
  seconds: number;
  routes: number;
  /** Per route pattern and method: how many requests it got and how many of them the handler answered 2xx. */
  by_route: Record<string, { requests: number; ok: number }>;
  /** Each failing lane's smallest failing request, with what replays it (--replay seed:path). */
  shrunk: Array<{ replay: string; request: string }>;
}

const MAX_KEPT_FAILURES = 200;

function excerpt(body: FuzzRequest["body"]): string {
  if (body === undefined) return "";
  const text = typeof body === "string" ? body : `<${body.length} bytes>`;
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}

/**
 * Runs the fuzz cases against a server and returns the summary and every failing request (up to 200).
 *
 * @example
 * const { summary, failures } = await runFuzz({ baseUrl, context, cases: 2_000, seconds: 90, seed: 42, concurrency: 4, slowMs: 1_000, timeoutMs: 10_000 });
 */
export async function runFuzz(options: FuzzOptions): Promise<{ summary: FuzzSummary; failures: FuzzFailure[] }> {
  const started = Date.now();
  const failures: FuzzFailure[] = [];
  const summary: FuzzSummary = {
    cases: 0,
    requests: 0,
    status_counts: {},
    five_xx: 0,
    no_answer: 0,
    slow: 0,
    max_ms: 0,
    seed: options.replay?.seed ?? options.seed,
    concurrency: options.concurrency,
    seconds: 0,
    routes: options.context.routes.length,
    by_route: {},
    shrunk: [],
  };
  const arbitrary = fuzzRequest(options.context);
  const deadline = options.seconds > 0 ? started + options.seconds * 1000 : Infinity;

  const keep = (kind: FuzzFailure["kind"], request: FuzzRequest, response: FuzzResponse) => {
    if (failures.length >= MAX_KEPT_FAILURES) return;
    failures.push({
      kind,
      method: request.method,
      path: request.path,
      headers: request.headers,
      bodyExcerpt: excerpt(request.body),
      status: response.status,
      ms: Math.round(response.ms),
      atSeconds: Math.round((Date.now() - started) / 100) / 10,
      answer: response.excerpt,
      curl: describeFuzzRequest(options.baseUrl, request),
    });
  };

  const property = fc.asyncProperty(arbitrary, async (request) => {
    const response = await sendFuzzRequest(options.baseUrl, request, options.timeoutMs);
    summary.requests++;
    summary.status_counts[String(response.status)] = (summary.status_counts[String(response.status)] ?? 0) + 1;
    summary.max_ms = Math.max(summary.max_ms, Math.round(response.ms));
    const key = `${request.method} ${request.route}`;
    const route = (summary.by_route[key] ??= { requests: 0, ok: 0 });
    route.requests++;
    if (typeof response.status === "number" && response.status < 300) route.ok++;
    const broken =
      response.status === "timeout" || response.status === "network"
        ? "no-answer"
        : typeof response.status === "number" && response.status >= 500
          ? "5xx"
          : undefined;
    if (broken === "5xx") summary.five_xx++;
    if (broken === "no-answer") summary.no_answer++;
    if (broken) keep(broken, request, response);
    else if (response.ms > options.slowMs) {
      summary.slow++;
      keep("slow", request, response);
    }
    options.onCase?.(summary.requests, summary);
    return options.keepGoing || broken === undefined;
  });

  const lanes = options.replay ? 1 : options.concurrency;
  const shrink = (result: fc.RunDetails<[FuzzRequest]>) => {
    if (result.failed && result.counterexample && result.counterexamplePath !== null) {
      summary.shrunk.push({
        replay: `${result.seed}:${result.counterexamplePath}`,
        request: describeFuzzRequest(options.baseUrl, result.counterexample[0]),
      });
    }
  };
  // A lane whose run failed (and shrank) goes on with the next seed of its own (seed + lane + k·lanes), so
  // one failure does not cut the count short and the seeds a run used stay a function of --seed.
  const runLane = async (lane: number) => {
    let remaining = Math.floor(options.cases / lanes) + (lane < options.cases % lanes ? 1 : 0);
    for (let round = 0; remaining > 0 && Date.now() < deadline; round++) {
      const timeLeft = deadline - Date.now();
      const result = await fc.check(property, {
        seed: (options.seed + lane + round * lanes) | 0,
        numRuns: remaining,
        ...(Number.isFinite(timeLeft) ? { interruptAfterTimeLimit: Math.max(1, timeLeft), markInterruptAsFailure: false } : {}),
      });
      // numRuns counts the runs that passed; the failing one is a case too.
      const ran = result.numRuns + (result.failed ? 1 : 0);
      summary.cases += ran;
      remaining -= ran;
      shrink(result);
      if (!result.failed) break;
    }
  };
  if (options.replay) {
    // fast-check goes straight to the recorded case and, if it still fails, shrinks on from there.
    const result = await fc.check(property, { seed: options.replay.seed, path: options.replay.path, numRuns: 1 });
    summary.cases += 1;
    shrink(result);
  } else {
    await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane)));
  }
  summary.seconds = Math.round((Date.now() - started) / 100) / 10;
  return { summary, failures };
}
