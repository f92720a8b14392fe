import type { CircuitStateName } from "@/lib/metrics/types";
import { cn } from "@/lib/utils";

export const CIRCUIT_LABELS: Record<CircuitStateName | "none", string> = {
  closed: "Closed",
  half_open: "Half-open",
  open: "Open",
  none: "Not connected",
};

const TONE: Record<CircuitStateName | "none", string> = {
  closed: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  half_open: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-300",
  open: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300",
  none: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

/** The IGDB circuit breaker's state: closed (healthy), half-open (one trial call), open (failing fast). */
export function CircuitBadge({ state }: { state: CircuitStateName | null }) {
  const key = state ?? "none";
  return (
    <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", TONE[key])} data-testid="circuit-badge">
      Circuit: {CIRCUIT_LABELS[key]}
    </span>
  );
}
