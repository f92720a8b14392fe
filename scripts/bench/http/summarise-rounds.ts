// Medians over rounds of a path measured against its ceilings; ratios are taken within each round first
// (the path and its ceiling measured minutes apart would not be comparable), then their median.
import type { Measurement } from "./measure-target";
import { median, round } from "./percentile";

export interface PathSummary {
  c1_p50_ms: number;
  c1_p99_ms: number;
  c10_rps: number;
  cpu_us_per_req: number;
  /** c10 requests/s over the bare JSON route's in the same round (median over rounds). */
  ratio_to_ceiling: number;
  errors: number;
  other_cpu_us_per_req?: number;
  query_time_p99_ms?: number;
  /** Pages: requests/s over the bare static page's of the same size, in the same round. */
  ratio_to_static_page?: number;
}

export interface CeilingSummary {
  c1_p50_ms: number;
  c1_p99_ms: number;
  c10_rps: number;
  cpu_us_per_req: number;
  errors: number;
}

const medianOf = (ms: readonly Measurement[], pick: (m: Measurement) => number, digits = 2) => round(median(ms.map(pick)), digits);
const errorsOf = (ms: readonly Measurement[]) => ms.reduce((n, m) => n + m.errors, 0);

export function summariseCeiling(ms: readonly Measurement[]): CeilingSummary {
  return {
    c1_p50_ms: medianOf(ms, (m) => m.p50_ms),
    c1_p99_ms: medianOf(ms, (m) => m.p99_ms),
    c10_rps: medianOf(ms, (m) => m.rps, 0),
    cpu_us_per_req: medianOf(ms, (m) => m.cpu_us_per_req, 0),
    errors: errorsOf(ms),
  };
}

/** `rounds[r]` holds [JSON ceiling, path] or [JSON ceiling, static-page ceiling, path]. */
export function summarisePath(rounds: readonly Measurement[][]): PathSummary {
  const path = rounds.map((r) => r.at(-1)!);
  const json = rounds.map((r) => r[0]!);
  const page = rounds[0]!.length === 3 ? rounds.map((r) => r[1]!) : null;
  const other = medianOf(path, (m) => m.other_cpu_us_per_req, 0);
  const queryTimes = path.map((m) => m.query_time_p99_ms).filter((v): v is number => v !== undefined);
  return {
    ...summariseCeiling(path),
    ratio_to_ceiling: round(median(rounds.map((_, i) => path[i]!.rps / json[i]!.rps))),
    ...(page ? { ratio_to_static_page: round(median(rounds.map((_, i) => path[i]!.rps / page[i]!.rps))) } : {}),
    ...(other > 0 ? { other_cpu_us_per_req: other } : {}),
    ...(queryTimes.length ? { query_time_p99_ms: round(median(queryTimes)) } : {}),
  };
}
