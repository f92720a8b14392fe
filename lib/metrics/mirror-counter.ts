import type { Counter, LabelValues } from "prom-client";

/**
 * Sets a counter to totals kept elsewhere (the cache's, the IGDB client's), from its collect(). Those
 * totals only grow within a process, so the exposed series keep counter semantics.
 */
export function mirrorCounter<L extends string>(counter: Counter<L>, rows: ReadonlyArray<readonly [LabelValues<L>, number]>): void {
  counter.reset();
  for (const [labels, value] of rows) counter.inc(labels, value);
}
