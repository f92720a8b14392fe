import { formatPercent } from "@/components/admin/format-figures";
import { Panel } from "@/components/admin/panel";
import type { SearchAnalyticsReport } from "@/lib/admin/search/schemas";
import { formatCount } from "@/lib/utils";

const SOURCE_LABELS: Record<string, string> = { cache: "Cache", database: "Database (SQLite)", igdb: "IGDB" };
const BARS = [
  { field: "avgMs", label: "avg", className: "bg-brand-600" },
  { field: "p95Ms", label: "p95", className: "bg-amber-500" },
  { field: "maxMs", label: "max", className: "bg-red-500" },
] as const;

/** Per source: share of search volume, and average, p95 and max time as bars on one scale. */
export function SourceLatencyPanel({ report }: { report: SearchAnalyticsReport }) {
  const scale = Math.max(1, ...report.bySource.map((s) => s.maxMs));
  return (
    <Panel title="Latency and volume by source">
      <ul className="space-y-4" data-testid="latency-by-source">
        {report.bySource.map((s) => (
          <li key={s.source} data-testid={`source-${s.source}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="font-medium">{SOURCE_LABELS[s.source] ?? s.source}</span>
              <span className="text-xs text-zinc-500">
                {formatCount(s.searches)} searches · {formatPercent(report.totals.bySource[s.source] ?? 0)} of volume
              </span>
            </div>
            <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden>
              <div className="h-full bg-zinc-500" style={{ width: `${(report.totals.bySource[s.source] ?? 0) * 100}%` }} />
            </div>
            <dl className="mt-2 space-y-1">
              {BARS.map((b) => (
                <div key={b.field} className="grid grid-cols-[2.5rem_1fr_4.5rem] items-center gap-2 text-xs">
                  <dt className="text-zinc-500">{b.label}</dt>
                  <div className="h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden>
                    <div className={`h-full rounded-full ${b.className}`} style={{ width: `${(s[b.field] / scale) * 100}%` }} />
                  </div>
                  <dd className="text-right tabular-nums">{Math.round(s[b.field])} ms</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
