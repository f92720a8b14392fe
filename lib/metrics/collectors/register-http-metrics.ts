import { Counter, Summary, type Registry } from "prom-client";

import { METRIC } from "../metric-names";

export interface HttpMetrics {
  requests: Counter<"route" | "status_class">;
  duration: Summary<"route">;
}

/** Request counts and server time per route, fed by lib/metrics/http-timing.ts. */
export function registerHttpMetrics(registry: Registry): HttpMetrics {
  return {
    requests: new Counter({
      name: METRIC.httpRequests,
      help: "HTTP requests answered, by route (search_api, search_page, game_page, game_api, other) and status class",
      labelNames: ["route", "status_class"],
      registers: [registry],
    }),
    // A summary, not a histogram: the overview wants this instance's p50/p95 over the last minute, which a
    // sliding-window summary gives directly (6 buckets of 10 s), with no bucket boundaries to guess.
    duration: new Summary({
      name: METRIC.httpDuration,
      help: "Server time from request start to the last byte handed to the socket, by route (sliding 60 s window)",
      labelNames: ["route"],
      percentiles: [0.5, 0.95, 0.99],
      maxAgeSeconds: 60,
      ageBuckets: 6,
      registers: [registry],
    }),
  };
}
