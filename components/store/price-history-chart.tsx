"use client";

import "uplot/dist/uPlot.min.css";

import { useEffect, useRef } from "react";
import uPlot from "uplot";

import { usePrefersDark } from "@/components/admin/charts/use-prefers-dark";
import type { PriceHistoryPoint } from "@/lib/store/pricing/price-history";

// uPlot as on the admin overview (components/admin/charts): a canvas step chart of a few dozen points. Loaded
// lazily (next/dynamic from price-history.tsx), so the game page's first load carries none of it.

const THEME = {
  light: { text: "#71717a", grid: "#e4e4e7", line: "#15803d" },
  dark: { text: "#a1a1aa", grid: "#27272a", line: "#4ade80" },
};

export interface PriceHistoryChartProps {
  points: readonly PriceHistoryPoint[];
  currency: string;
  /** The price in force now, drawn to the right edge; null when the game is no longer for sale. */
  current: string | null;
  /** Accessible name; the table beside the chart carries the same figures as text. */
  label: string;
  height?: number;
}

/**
 * The effective price over time as a step chart: each price holds until the next change. The amounts become
 * numbers here only to be drawn (a canvas plots floats); every figure shown as text comes from the strings.
 */
export function PriceHistoryChart({ points, currency, current, label, height = 160 }: PriceHistoryChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const dark = usePrefersDark();

  useEffect(() => {
    const root = container.current;
    if (!root || points.length === 0) return;
    const theme = dark ? THEME.dark : THEME.light;
    const times = points.map((p) => Date.parse(p.effective_from) / 1000);
    const prices = points.map((p) => Number(p.price));
    if (current !== null) {
      times.push(Date.now() / 1000);
      prices.push(Number(current));
    }
    const money = new Intl.NumberFormat(undefined, { style: "currency", currency, maximumFractionDigits: currency === "JPY" ? 0 : 2 });
    const options: uPlot.Options = {
      width: Math.max(root.clientWidth, 200),
      height,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.15 : 1] } },
      series: [
        {},
        {
          label: "Price",
          stroke: theme.line,
          width: 2,
          fill: dark ? "rgba(74, 222, 128, 0.08)" : "rgba(21, 128, 61, 0.08)",
          paths: uPlot.paths.stepped?.({ align: 1 }),
          points: { show: false },
        },
      ],
      axes: [
        {
          stroke: theme.text,
          grid: { show: false },
          ticks: { stroke: theme.grid, width: 1 },
          font: "11px ui-sans-serif, system-ui, sans-serif",
        },
        {
          stroke: theme.text,
          grid: { stroke: theme.grid, width: 1 },
          ticks: { stroke: theme.grid, width: 1 },
          size: 64,
          font: "11px ui-sans-serif, system-ui, sans-serif",
          values: (_u, splits) => splits.map((v) => money.format(v)),
        },
      ],
    };
    const plot = new uPlot(options, [times, prices], root);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(root.clientWidth, 200), height }));
    resize.observe(root);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [points, currency, current, dark, height]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      tabIndex={0}
      data-testid="price-history-chart"
      className="w-full min-w-0 overflow-hidden rounded focus-visible:outline-2 focus-visible:outline-brand-600"
    />
  );
}
