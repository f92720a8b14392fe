// bench:http's table: one row per path, with the ceiling it was alternated with beside it.
import type { CeilingSummary, PathSummary } from "./summarise-rounds";

const show = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : String(v));

export function formatHttpTable(
  labels: Record<string, string>,
  paths: Record<string, PathSummary>,
  ceilings: Record<string, CeilingSummary>,
): string {
  const header = [
    "path",
    "c1 p50 ms",
    "c1 p99 ms",
    "c10 req/s",
    "CPU µs/req",
    "ceiling req/s",
    "ceiling µs/req",
    "ratio",
    "vs page",
    "query p99 ms",
    "errors",
  ];
  const rows = Object.entries(paths).map(([key, p]) => {
    const c = ceilings[key]!;
    return [
      labels[key] ?? key,
      p.c1_p50_ms,
      p.c1_p99_ms,
      p.c10_rps,
      p.cpu_us_per_req,
      c.c10_rps,
      c.cpu_us_per_req,
      p.ratio_to_ceiling,
      p.ratio_to_static_page,
      p.query_time_p99_ms,
      p.errors + c.errors,
    ].map((v) => (typeof v === "string" ? v : show(v)));
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}
