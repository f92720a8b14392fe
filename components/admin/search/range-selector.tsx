"use client";

import { cn } from "@/lib/utils";

export const RANGES = [
  { hours: 1, label: "1 h" },
  { hours: 24, label: "24 h" },
  { hours: 168, label: "7 d" },
  { hours: 720, label: "30 d" },
] as const;

/** The analytics range as a segmented control (buttons with aria-pressed). */
export function RangeSelector({ hours, onChange }: { hours: number; onChange: (hours: number) => void }) {
  return (
    <div role="group" aria-label="Range" className="inline-flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
      {RANGES.map((r) => (
        <button
          key={r.hours}
          type="button"
          aria-pressed={hours === r.hours}
          onClick={() => onChange(r.hours)}
          className={cn(
            "px-3 py-1.5 text-sm font-medium not-first:border-l not-first:border-zinc-300 dark:not-first:border-zinc-700",
            hours === r.hours ? "bg-brand-600 text-white" : "hover:bg-zinc-100 dark:hover:bg-zinc-800",
          )}
        >
          {r.label}
        </button>
      ))}
    </div>
  );
}
