"use client";

import { useMemo } from "react";

import { TimeSeriesChart, type ChartSeries } from "@/components/admin/charts/time-series-chart";
import { axisMs, axisNumber, axisPercent } from "@/components/admin/format-figures";
import { Panel } from "@/components/admin/panel";
import type { MetricsPoint } from "@/lib/metrics/types";

import { CircuitBadge } from "./circuit-badge";

const COLOR = { sky: "#0ea5e9", violet: "#8b5cf6", emerald: "#10b981", amber: "#f59e0b", rose: "#f43f5e", zinc: "#a1a1aa" };
const PERCENT: [number, number] = [0, 100];

/** Per second, whatever the interval (history points are 5 s apart, streamed ones 2 s). */
const perSecond = (count: number, p: MetricsPoint) => (count / p.intervalMs) * 1000;
const percent = (ratio: number | null) => (ratio === null ? null : ratio * 100);

function useChartData(points: readonly MetricsPoint[]) {
  return useMemo(() => {
    const col = <T,>(pick: (p: MetricsPoint) => T) => points.map(pick);
    const line = (label: string, color: string, values: Array<number | null>, extra: Partial<ChartSeries> = {}): ChartSeries => ({
      label,
      color,
      values,
      ...extra,
    });
    return {
      times: col((p) => p.t),
      requests: [
        line(
          "Search API",
          COLOR.sky,
          col((p) => p.routes.search_api.rate),
        ),
        line(
          "Search page",
          COLOR.violet,
          col((p) => p.routes.search_page.rate),
        ),
        line(
          "Game pages",
          COLOR.emerald,
          col((p) => p.routes.game_page.rate),
        ),
        line(
          "Game API",
          COLOR.amber,
          col((p) => p.routes.game_api.rate),
        ),
        line(
          "Other",
          COLOR.zinc,
          col((p) => p.routes.other.rate),
        ),
      ],
      latency: [
        line(
          "Search API p50",
          COLOR.sky,
          col((p) => p.routes.search_api.p50),
          { dashed: true },
        ),
        line(
          "Search API p95",
          COLOR.sky,
          col((p) => p.routes.search_api.p95),
        ),
        line(
          "Search page p95",
          COLOR.violet,
          col((p) => p.routes.search_page.p95),
        ),
        line(
          "Game pages p50",
          COLOR.emerald,
          col((p) => p.routes.game_page.p50),
          { dashed: true },
        ),
        line(
          "Game pages p95",
          COLOR.emerald,
          col((p) => p.routes.game_page.p95),
        ),
      ],
      ratios: [
        line(
          "Cache hit rate",
          COLOR.sky,
          col((p) => percent(p.cache.hitRate)),
        ),
        line(
          "Dedupe ratio",
          COLOR.violet,
          col((p) => percent(p.search.dedupeRatio)),
        ),
      ],
      sources: [
        line(
          "Cache",
          COLOR.sky,
          col((p) => perSecond(p.search.cache, p)),
        ),
        line(
          "Database",
          COLOR.emerald,
          col((p) => perSecond(p.search.database, p)),
        ),
        line(
          "IGDB",
          COLOR.amber,
          col((p) => perSecond(p.search.igdb, p)),
        ),
      ],
      igdb: [
        line(
          "Calls",
          COLOR.sky,
          col((p) => perSecond(p.igdb.calls, p)),
        ),
        line(
          "429s",
          COLOR.rose,
          col((p) => perSecond(p.igdb.rateLimited, p)),
        ),
      ],
      queues: [
        line(
          "Depth",
          COLOR.violet,
          col((p) => p.queues?.depth ?? null),
        ),
        line(
          "Completed/min",
          COLOR.emerald,
          col((p) => p.queues?.completedPerMin ?? null),
          { axis: "right" },
        ),
      ],
      drainer: [
        line(
          "Lag p99 (ms)",
          COLOR.amber,
          col((p) => p.drainer?.lagP99Ms ?? null),
        ),
        line(
          "Depth",
          COLOR.violet,
          col((p) => p.drainer?.depth ?? null),
          { axis: "right" },
        ),
      ],
    };
  }, [points]);
}

/** The overview's charts, two per row on wide screens, one on phones. */
export function OverviewCharts({ points }: { points: readonly MetricsPoint[] }) {
  const d = useChartData(points);
  const circuit = points.at(-1)?.igdb.circuit ?? null;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Panel title="Requests per second">
        <TimeSeriesChart label="Requests per second by route" times={d.times} series={d.requests} formatLeft={axisNumber} />
      </Panel>
      <Panel title="Latency, p50 and p95 over the last minute">
        <TimeSeriesChart label="Server latency of search and game pages" times={d.times} series={d.latency} formatLeft={axisMs} />
      </Panel>
      <Panel title="Cache hit rate and dedupe ratio">
        <TimeSeriesChart
          label="Cache hit rate and dedupe ratio in percent"
          times={d.times}
          series={d.ratios}
          formatLeft={axisPercent}
          leftRange={PERCENT}
        />
      </Panel>
      <Panel title="Searches per second by source">
        <TimeSeriesChart
          label="Searches per second answered from cache, database and IGDB"
          times={d.times}
          series={d.sources}
          formatLeft={axisNumber}
        />
      </Panel>
      <Panel title="IGDB calls and 429s per second" actions={<CircuitBadge state={circuit} />}>
        <TimeSeriesChart label="IGDB calls and 429 answers per second" times={d.times} series={d.igdb} formatLeft={axisNumber} />
      </Panel>
      <Panel title="Job queues: depth and throughput">
        <TimeSeriesChart
          label="Jobs waiting, active or delayed, and jobs completed per minute"
          times={d.times}
          series={d.queues}
          formatLeft={axisNumber}
          formatRight={axisNumber}
        />
      </Panel>
      <Panel title="Catalog write drainer: lag and depth" className="lg:col-span-2">
        <TimeSeriesChart
          label="Catalog write lag p99 in milliseconds and writes waiting"
          times={d.times}
          series={d.drainer}
          formatLeft={axisMs}
          formatRight={axisNumber}
        />
      </Panel>
    </div>
  );
}
