import type { JobState } from "@/lib/admin/queues/queue-api-types";
import { cn } from "@/lib/utils";

const TONES: Record<JobState | "dead" | "paused", string> = {
  waiting: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  active: "bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100",
  delayed: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  completed: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  failed: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  dead: "bg-zinc-800 text-zinc-100 dark:bg-zinc-200 dark:text-zinc-900",
  paused: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
};

/** A job's state as a coloured pill; its text is exactly the state (the e2e reads it). */
export function JobStateBadge({ state, testId, className }: { state: JobState | "dead" | "paused"; testId?: string; className?: string }) {
  return (
    <span
      data-testid={testId}
      className={cn("inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium", TONES[state], className)}
    >
      {state}
    </span>
  );
}
