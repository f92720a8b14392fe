import "server-only";

import { logger } from "@/lib/log/logger";
import { dropProcessSingleton, processSingleton } from "@/lib/process-singleton";

import { computePoint } from "./compute-point";
import { getMetricsRegistry } from "./get-metrics-registry";
import type { MetricsSnapshot } from "./metrics-snapshot";
import { readMetricsSnapshot } from "./read-metrics-snapshot";
import type { MetricsPoint } from "./types";

export const SAMPLE_INTERVAL_MS = 5_000;
/** An hour of points. */
export const HISTORY_LIMIT = 720;

interface HistoryState {
  points: MetricsPoint[];
  last: MetricsSnapshot | null;
  timer: NodeJS.Timeout | null;
  sampling: boolean;
}

// On globalThis: the sampler starts in instrumentation's module graph, the overview routes read it from theirs.
const state = (): HistoryState =>
  processSingleton<HistoryState>("questlogMetricsHistory", () => ({ points: [], last: null, timer: null, sampling: false }));

/** Takes one sample: a new point against the previous snapshot (none the first time), the oldest dropped past an hour. */
export async function sampleMetricsHistory(now = Date.now()): Promise<MetricsPoint | null> {
  const history = state();
  const snapshot = await readMetricsSnapshot(getMetricsRegistry().registry, now);
  const point = history.last ? computePoint(history.last, snapshot) : null;
  history.last = snapshot;
  if (point) {
    history.points.push(point);
    if (history.points.length > HISTORY_LIMIT) history.points.splice(0, history.points.length - HISTORY_LIMIT);
  }
  return point;
}

/** Samples every 5 s for the life of the process (once per process; the timer never holds the process open). */
export function startMetricsHistory(): void {
  const history = state();
  if (history.timer) return;
  const tick = () => {
    // A slow read (Redis timing out) must not stack samples behind it.
    if (history.sampling) return;
    history.sampling = true;
    sampleMetricsHistory()
      .catch((error: unknown) => logger.warn({ err: error }, "metrics history sample failed"))
      .finally(() => (history.sampling = false));
  };
  history.timer = setInterval(tick, SAMPLE_INTERVAL_MS);
  history.timer.unref();
  tick();
}

/** Stops the sampler and forgets the history (tests). */
export function resetMetricsHistory(): void {
  const history = state();
  if (history.timer) clearInterval(history.timer);
  dropProcessSingleton("questlogMetricsHistory");
}

/** The points so far, oldest first (a copy). */
export function getMetricsHistory(): MetricsPoint[] {
  return [...state().points];
}

/** The sampler's latest snapshot: the baseline a fresh on-demand point is measured from. */
export function lastMetricsSnapshot(): MetricsSnapshot | null {
  return state().last;
}
