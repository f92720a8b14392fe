import { cn } from "@/lib/utils";

import { formatOrderDateTime } from "./format-order-date";
import type { TimelineStep } from "./order-timeline-steps";

const DOT: Record<TimelineStep["state"], string> = {
  done: "border-emerald-600 bg-emerald-600",
  current: "border-amber-500 bg-white animate-pulse dark:bg-zinc-900",
  upcoming: "border-zinc-300 bg-white dark:border-zinc-600 dark:bg-zinc-900",
  failed: "border-red-600 bg-red-600",
};
const STATE_WORDS: Record<TimelineStep["state"], string> = { done: "done", current: "in progress", upcoming: "to come", failed: "stopped" };

/** The order's history as a vertical list of steps, the current one marked for assistive technology too. */
export function OrderTimeline({ steps }: { steps: TimelineStep[] }) {
  return (
    <ol aria-label="Order progress" className="space-y-3" data-testid="order-timeline">
      {steps.map((step) => (
        <li
          key={step.key}
          className="flex items-start gap-3"
          aria-current={step.state === "current" ? "step" : undefined}
          data-state={step.state}
        >
          <span aria-hidden className={cn("mt-1 inline-block size-3 shrink-0 rounded-full border-2", DOT[step.state])} />
          <div>
            <p className={cn("text-sm font-medium", step.state === "upcoming" && "text-zinc-500")}>
              {step.label}
              <span className="sr-only"> ({STATE_WORDS[step.state]})</span>
            </p>
            {step.at ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{formatOrderDateTime(step.at)}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
