import { processSingleton } from "@/lib/process-singleton";

import "server-only";

import { collectDefaultMetrics, Registry } from "prom-client";

import { registerCacheMetrics } from "./collectors/register-cache-metrics";
import { registerDrainerMetrics } from "./collectors/register-drainer-metrics";
import { registerEventMetrics } from "./collectors/register-event-metrics";
import { registerHttpMetrics, type HttpMetrics } from "./collectors/register-http-metrics";
import { registerIgdbMetrics } from "./collectors/register-igdb-metrics";
import { registerJobMetrics } from "./collectors/register-job-metrics";

// prom-client rather than counters of our own: it is the standard Prometheus client for Node (text
// exposition, process and GC metrics, sliding-window summaries), so /api/metrics is what any scraper
// expects and the overview's percentiles come from a tested implementation.
export interface MetricsRegistry {
  registry: Registry;
  http: HttpMetrics;
}

// One registry per process on globalThis: instrumentation (which times requests and samples the history)
// and route handlers (which serve them) are separate module graphs in Next, and dev reloads would
// otherwise register every metric twice.

/** The process's metrics registry, with every collector registered on first use. */
export function getMetricsRegistry(): MetricsRegistry {
  return processSingleton("questlogMetrics", createMetricsRegistry);
}

function createMetricsRegistry(): MetricsRegistry {
  const registry = new Registry();
  // Node's own figures (CPU, memory, event-loop lag, GC) under the conventional unprefixed names.
  collectDefaultMetrics({ register: registry });
  const http = registerHttpMetrics(registry);
  registerCacheMetrics(registry);
  registerIgdbMetrics(registry);
  registerJobMetrics(registry);
  registerDrainerMetrics(registry);
  registerEventMetrics(registry);
  return { registry, http };
}
