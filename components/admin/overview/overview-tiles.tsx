import { formatMs, formatPercent, formatRate } from "@/components/admin/format-figures";
import { StatTile } from "@/components/admin/stat-tile";
import type { MetricsPoint, MetricsTotals } from "@/lib/metrics/types";
import { formatCount } from "@/lib/utils";

import { CIRCUIT_LABELS } from "./circuit-badge";
import { windowFigures } from "./window-figures";

/** The headline figures: rates and ratios over the last minute, latency over the server's own minute window. */
export function OverviewTiles({ points, totals }: { points: readonly MetricsPoint[]; totals: MetricsTotals | null }) {
  const latest = points.at(-1) ?? null;
  const w = windowFigures(points);
  const count = (n: number | undefined) => (n === undefined ? "—" : formatCount(n));
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-4">
      <StatTile label="Search API" value={formatRate(w.rate("search_api"))} hint="requests/s, last minute" testId="stat-search-rate" />
      <StatTile label="Searches since start" value={count(totals?.searches)} hint="search API requests" testId="stat-searches-total" />
      <StatTile
        label="Search API p95"
        value={formatMs(latest?.routes.search_api.p95 ?? null)}
        hint={`p50 ${formatMs(latest?.routes.search_api.p50 ?? null)}`}
        testId="stat-search-p95"
      />
      <StatTile
        label="Game pages"
        value={formatRate(w.rate("game_page"))}
        hint={`p95 ${formatMs(latest?.routes.game_page.p95 ?? null)}`}
        testId="stat-game-rate"
      />
      <StatTile label="Cache hit rate" value={formatPercent(w.cacheHitRate)} hint="last minute" testId="stat-cache-hit-rate" />
      <StatTile label="Dedupe ratio" value={formatPercent(w.dedupeRatio)} hint="searches sharing a result" testId="stat-dedupe-ratio" />
      <StatTile
        label="IGDB calls"
        value={formatCount(w.igdbCalls)}
        hint={`last minute · ${count(totals?.igdb.calls)} since start`}
        testId="stat-igdb-calls"
      />
      <StatTile
        label="IGDB 429s"
        value={formatCount(w.igdbRateLimited)}
        hint={`last minute · ${count(totals?.igdb.rateLimited)} since start`}
        testId="stat-igdb-429"
      />
      <StatTile label="IGDB circuit" value={latest ? CIRCUIT_LABELS[latest.igdb.circuit ?? "none"] : "—"} testId="stat-circuit" />
      <StatTile
        label="Queue depth"
        value={latest?.queues ? formatCount(latest.queues.depth) : "—"}
        hint={latest?.queues ? `${formatCount(Math.round(latest.queues.completedPerMin))} completed/min` : "queue stats unavailable"}
        testId="stat-queue-depth"
      />
      <StatTile
        label="Drainer lag p99"
        value={formatMs(latest?.drainer?.lagP99Ms ?? null)}
        hint={latest?.drainer ? `${formatCount(latest.drainer.depth)} writes waiting` : "no write queue"}
        testId="stat-drainer-lag"
      />
    </div>
  );
}
