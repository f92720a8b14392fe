import "server-only";

import { computePoint, liveSample } from "./compute-point";
import { getMetricsRegistry } from "./get-metrics-registry";
import { getMetricsHistory, HISTORY_LIMIT, lastMetricsSnapshot, SAMPLE_INTERVAL_MS } from "./metrics-history";
import type { MetricsSnapshot } from "./metrics-snapshot";
import { readMetricsSnapshot } from "./read-metrics-snapshot";
import type { LiveSample, OverviewResponse } from "./types";

/** Shorter intervals give jumpy rates; below this the latest sampled point stands for "now". */
const MIN_INTERVAL_MS = 1_000;

/** A fresh snapshot of the registry (the collectors run now). */
export function readSnapshotNow(): Promise<MetricsSnapshot> {
  return readMetricsSnapshot(getMetricsRegistry().registry);
}

/** `current` measured from `previous` (when long enough ago), else the latest sampled point. */
export function sampleSince(previous: MetricsSnapshot | null, current: MetricsSnapshot): LiveSample {
  if (previous && current.t - previous.t >= MIN_INTERVAL_MS)
    return { ...liveSample(null, current), point: computePoint(previous, current) };
  return { ...liveSample(null, current), point: getMetricsHistory().at(-1) ?? null };
}

/** GET /api/admin/overview: a point measured now against the sampler's last snapshot, and the hour of history. */
export async function readOverview(): Promise<OverviewResponse> {
  const current = sampleSince(lastMetricsSnapshot(), await readSnapshotNow());
  return { current, history: getMetricsHistory(), sampleIntervalMs: SAMPLE_INTERVAL_MS, historyLimit: HISTORY_LIMIT };
}
