"use client";

import { TimeSeriesChart } from "@/components/admin/charts/time-series-chart";
import type { HitRateSample } from "@/lib/admin/cache/schemas";

// Module-level so the chart is not rebuilt on every poll (it rebuilds when its formatters change).
const percent = (value: number) => `${Math.round(value)}%`;
const count = (value: number) => String(Math.round(value));
const RANGE: [number, number] = [0, 100];

/** The last hour's hit rate (0–100%, gaps where nothing was looked up) and lookups per interval. */
export function HitRateChart({ samples }: { samples: HitRateSample[] }) {
  if (samples.filter((s) => s.hitRate !== null).length < 2) {
    return (
      <p className="text-xs text-zinc-500">The hit-rate line appears after a few samples (one every 5 seconds while lookups happen).</p>
    );
  }
  return (
    <TimeSeriesChart
      label="Cache hit rate over the last hour"
      times={samples.map((s) => s.at)}
      series={[
        { label: "Hit rate", color: "#10b981", values: samples.map((s) => (s.hitRate === null ? null : s.hitRate * 100)) },
        { label: "Lookups", color: "#71717a", values: samples.map((s) => s.lookups), axis: "right", dashed: true },
      ]}
      height={160}
      leftRange={RANGE}
      formatLeft={percent}
      formatRight={count}
    />
  );
}
