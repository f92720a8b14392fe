"use client";

import "uplot/dist/uPlot.min.css";

import { useEffect, useMemo, useRef } from "react";
import uPlot from "uplot";

import { usePrefersDark } from "./use-prefers-dark";

// uPlot rather than hand-drawn SVG: a small (~50 kB), maintained library built for live time series
// (thousands of points redrawn in a millisecond or two on canvas), with axes, a legend and a hover cursor.

export interface ChartSeries {
  label: string;
  /** Any CSS colour readable on both white and zinc-900 (the *-500 shades are). */
  color: string;
  /** One value per time; null leaves a gap. */
  values: ReadonlyArray<number | null>;
  /** "right" puts it on a second axis with its own unit. */
  axis?: "left" | "right";
  dashed?: boolean;
}

export interface TimeSeriesChartProps {
  /** Accessible name of the chart. */
  label: string;
  /** Sample times, ms since the epoch, ascending. */
  times: readonly number[];
  series: readonly ChartSeries[];
  height?: number;
  formatLeft?: (value: number) => string;
  formatRight?: (value: number) => string;
  /** Fixed range of the left axis, e.g. [0, 100] for percentages; otherwise from 0 to the data's maximum. */
  leftRange?: [number, number];
  /** How the legend writes the time under the cursor (ms since the epoch); the local time of day by default. */
  formatTime?: (ms: number) => string;
}

const THEME = {
  light: { text: "#71717a", grid: "#e4e4e7" },
  dark: { text: "#a1a1aa", grid: "#27272a" },
};

function axis(theme: (typeof THEME)["light"], scale: string, side: 1 | 3, format?: (value: number) => string): uPlot.Axis {
  return {
    scale,
    side,
    stroke: theme.text,
    grid: { show: side === 3, stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
    size: 52,
    font: "11px ui-sans-serif, system-ui, sans-serif",
    ...(format ? { values: (_u: uPlot, splits: number[]) => splits.map(format) } : {}),
  };
}

const latest = (values: ArrayLike<number | null | undefined> | undefined) =>
  values && values.length ? (values[values.length - 1] ?? null) : null;

function legendValue(value: number | null, format?: (value: number) => string): string {
  if (value === null) return "—";
  return format ? format(value) : String(Math.round(value * 100) / 100);
}

/**
 * A live time-series chart that fills its container's width (ResizeObserver), from a phone's 390 px up.
 * New data is drawn in place; the chart is rebuilt only when its series or the colour scheme change.
 *
 * @example
 * <TimeSeriesChart label="Requests per second" times={ts} series={[{ label: "Search API", color: "#0ea5e9", values: rates }]} />
 */
export function TimeSeriesChart({
  label,
  times,
  series,
  height = 180,
  formatLeft,
  formatRight,
  leftRange,
  formatTime,
}: TimeSeriesChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const dark = usePrefersDark();
  const data = useMemo<uPlot.AlignedData>(() => [times.map((t) => t / 1000), ...series.map((s) => [...s.values])], [times, series]);
  const shape = series.map((s) => `${s.label}|${s.color}|${s.axis ?? "left"}|${s.dashed ? 1 : 0}`).join(",");
  // The latest data, for a rebuilt chart to start from (the effect below keeps it current).
  const latestData = useRef(data);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const theme = dark ? THEME.dark : THEME.light;
    const hasRight = series.some((s) => s.axis === "right");
    const options: uPlot.Options = {
      width: Math.max(root.clientWidth, 200),
      height,
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: true },
        y: { range: (_u, _min, max) => leftRange ?? [0, max > 0 ? max * 1.1 : 1] },
        y2: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
      },
      series: [
        {
          label: "Time",
          value: (_u, v, _s, idx) =>
            idx == null || v == null ? "latest" : formatTime ? formatTime(v * 1000) : new Date(v * 1000).toLocaleTimeString(),
        },
        ...series.map((s): uPlot.Series => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          scale: s.axis === "right" ? "y2" : "y",
          spanGaps: false,
          points: { show: false },
          // Away from the cursor the legend shows the latest values, not dashes.
          value: (u, v, sidx, idx) => legendValue(idx == null ? latest(u.data[sidx]) : v, s.axis === "right" ? formatRight : formatLeft),
          ...(s.dashed ? { dash: [6, 4] } : {}),
        })),
      ],
      axes: [
        {
          stroke: theme.text,
          grid: { show: false },
          ticks: { stroke: theme.grid, width: 1 },
          font: "11px ui-sans-serif, system-ui, sans-serif",
        },
        axis(theme, "y", 3, formatLeft),
        ...(hasRight ? [axis(theme, "y2", 1, formatRight)] : []),
      ],
    };
    const plot = new uPlot(options, latestData.current, root);
    chart.current = plot;
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(root.clientWidth, 200), height }));
    resize.observe(root);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
    };
    // Rebuilt when the series (their shape), the scheme or the sizing change; data alone is set below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shape, dark, height, formatLeft, formatRight, formatTime, leftRange?.[0], leftRange?.[1]]);

  useEffect(() => {
    latestData.current = data;
    chart.current?.setData(data);
  }, [data]);

  return (
    <div
      ref={container}
      role="figure"
      aria-label={label}
      className="w-full min-w-0 overflow-hidden text-zinc-700 dark:text-zinc-300 [&_.u-legend]:text-xs! [&_.u-legend_th]:font-medium!"
    />
  );
}
