"use client";

import type { QueueStats } from "@/lib/admin/queues/queue-api-types";
import { cn, formatCount } from "@/lib/utils";

import type { QueueTab } from "./use-queue-url-filters";

const TABS: Array<{ tab: QueueTab; label: string; count: (s: QueueStats) => number | null }> = [
  { tab: undefined, label: "All", count: () => null },
  { tab: "waiting", label: "Waiting", count: (s) => s.counts.waiting },
  { tab: "active", label: "Active", count: (s) => s.counts.active },
  { tab: "delayed", label: "Delayed", count: (s) => s.counts.delayed },
  { tab: "completed", label: "Completed", count: (s) => s.counts.completed },
  { tab: "failed", label: "Failed", count: (s) => s.counts.failed },
  { tab: "dead", label: "Dead letters", count: (s) => s.deadLetters },
];

/** State chips with live counts: the state filter of the job list, and the way to the dead letters. */
export function QueueStateTabs({
  stats,
  tab,
  onSelect,
}: {
  stats: QueueStats | undefined;
  tab: QueueTab;
  onSelect: (tab: QueueTab) => void;
}) {
  return (
    <div role="group" aria-label="Job state" className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
      {TABS.map((t) => {
        const count = stats ? t.count(stats) : null;
        const selected = tab === t.tab;
        return (
          <button
            key={t.label}
            type="button"
            aria-pressed={selected}
            onClick={() => onSelect(t.tab)}
            className={cn(
              "inline-flex shrink-0 items-center gap-1.5 rounded-full border px-3 py-1 text-sm whitespace-nowrap",
              selected
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
            )}
          >
            {t.label}
            {count !== null ? (
              <span
                data-testid={`queue-count-${t.tab}`}
                className={cn("rounded-full px-1.5 text-xs tabular-nums", selected ? "bg-white/20" : "bg-zinc-100 dark:bg-zinc-800")}
              >
                {formatCount(count)}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
