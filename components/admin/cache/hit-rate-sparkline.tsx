import type { HitRateSample } from "@/lib/admin/cache/schemas";

import { formatPercent } from "./format";

const W = 600;
const H = 80;

/** The last hour's hit rate as a line (0–100%); gaps where nothing was looked up. */
export function HitRateSparkline({ samples }: { samples: HitRateSample[] }) {
  const points = samples.filter((s) => s.hitRate !== null);
  if (points.length < 2) {
    return <p className="text-xs text-zinc-500">The hit-rate line appears after a few samples (one every 5 seconds while lookups happen).</p>;
  }
  const t0 = samples[0]!.at;
  const span = Math.max(1, samples.at(-1)!.at - t0);
  const path = points.map((s, i) => `${i ? "L" : "M"}${(((s.at - t0) / span) * W).toFixed(1)},${(H - s.hitRate! * H).toFixed(1)}`).join(" ");
  const latest = points.at(-1)!;
  const average = points.reduce((n, s) => n + s.hitRate! * s.lookups, 0) / Math.max(1, points.reduce((n, s) => n + s.lookups, 0));
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Hit rate over the last ${Math.round(span / 60_000)} minutes: now ${formatPercent(latest.hitRate)}, average ${formatPercent(average)}`}
        className="h-20 w-full rounded bg-zinc-50 text-brand-600 dark:bg-zinc-950"
      >
        <line x1="0" x2={W} y1={H / 2} y2={H / 2} className="stroke-zinc-200 dark:stroke-zinc-800" strokeDasharray="4 4" />
        <path d={path} fill="none" stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="mt-1 flex justify-between text-xs text-zinc-500">
        <span>{new Date(t0).toLocaleTimeString()}</span>
        <span>
          now {formatPercent(latest.hitRate)} · avg {formatPercent(average)}
        </span>
      </figcaption>
    </figure>
  );
}
