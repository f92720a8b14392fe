import { cn } from "@/lib/utils";

/** "All-time low": the current price is the lowest this game has had, and it has cost more before. */
export function AllTimeLowBadge({ className }: { className?: string }) {
  return (
    <span
      data-testid="all-time-low-badge"
      className={cn(
        "inline-flex items-center rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100",
        className,
      )}
    >
      All-time low
    </span>
  );
}
