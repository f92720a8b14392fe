import { formatPercent } from "@/components/admin/format-figures";
import { Panel } from "@/components/admin/panel";
import type { CacheOverview, HitRateStats } from "@/lib/admin/cache/schemas";
import { formatCount } from "@/lib/utils";

import { HitRateChart } from "./hit-rate-chart";

const KIND_LABELS: Record<string, string> = { search: "Search pages", game: "Games", negative: "Zero results and unknown games" };

/** Hits, stale hits and misses per kind since this process started, as stacked bars, and the last hour's line. */
export function HitRatePanel({ overview }: { overview: CacheOverview }) {
  const { info } = overview;
  const serverLookups = info?.hits != null && info.misses != null ? info.hits + info.misses : null;
  return (
    <Panel title="Hit rate" actions={<span className="text-xs text-zinc-500">this instance, since it started</span>}>
      <ul className="space-y-3">
        {overview.hitRates.map((s) => (
          <HitRateRow key={s.kind} stats={s} />
        ))}
      </ul>
      <div className="mt-4">
        <h3 className="mb-1 text-xs font-medium text-zinc-500">Last hour (sampled every 5 s)</h3>
        <HitRateChart samples={overview.history} />
      </div>
      {serverLookups ? (
        <p className="mt-3 text-xs text-zinc-500">
          Redis server, every client and key: {formatPercent(info!.hits! / serverLookups)} of {formatCount(serverLookups)} reads hit
          {info?.evictedKeys ? `, ${formatCount(info.evictedKeys)} keys evicted` : ""}.
        </p>
      ) : null}
    </Panel>
  );
}

function HitRateRow({ stats }: { stats: HitRateStats }) {
  const total = stats.hits + stats.staleHits + stats.misses;
  const share = (n: number) => (total ? n / total : 0);
  const parts = [
    { label: "hits", n: stats.hits, className: "bg-emerald-500" },
    { label: "stale hits", n: stats.staleHits, className: "bg-amber-400" },
    { label: "misses", n: stats.misses, className: "bg-zinc-400 dark:bg-zinc-600" },
  ];
  return (
    <li data-testid={`cache-hit-rate-${stats.kind}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-medium">{KIND_LABELS[stats.kind] ?? stats.kind}</span>
        <span className="tabular-nums">{formatPercent(stats.hitRate)}</span>
      </div>
      <div className="mt-1 flex h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden>
        {parts.map((p) => (
          <div key={p.label} className={p.className} style={{ width: `${share(p.n) * 100}%` }} />
        ))}
      </div>
      <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-zinc-500">
        {total === 0
          ? "No lookups yet"
          : parts.map((p) => (
              <span key={p.label}>
                {formatCount(p.n)} {p.label} ({formatPercent(share(p.n))})
              </span>
            ))}
      </p>
    </li>
  );
}
