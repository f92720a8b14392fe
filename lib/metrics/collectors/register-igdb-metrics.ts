import "server-only";

import { Counter, Gauge, type Registry } from "prom-client";

import { peekIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import type { IgdbClientStats } from "@/lib/igdb";

import { CIRCUIT_CODES, METRIC } from "../metric-names";
import { mirrorCounter } from "../mirror-counter";

const COUNTERS: ReadonlyArray<readonly [keyof typeof METRIC, keyof IgdbClientStats, string]> = [
  ["igdbRequests", "requests", "HTTP requests this process sent to IGDB (retries included)"],
  ["igdbRetries", "retries", "IGDB requests retried (429, 5xx, resets, timeouts, malformed bodies)"],
  ["igdbRateLimited", "rateLimited", "IGDB answers of 429 Too Many Requests"],
  ["igdbFailures", "failures", "IGDB calls that failed after their retries"],
  ["igdbTokenRefreshes", "tokenRefreshes", "Twitch tokens minted or refreshed"],
];

/** The IGDB client's counters and circuit; never connects (0 everywhere until something else has). */
export function registerIgdbMetrics(registry: Registry): void {
  for (const [metric, field, help] of COUNTERS) {
    const counter: Counter = new Counter({
      name: METRIC[metric],
      help,
      registers: [registry],
      collect: () => mirrorCounter(counter, [[{}, peekIgdbConnection()?.client.stats[field] ?? 0]]),
    });
  }
  const connected: Gauge = new Gauge({
    name: METRIC.igdbConnected,
    help: "1 when this process has an IGDB connection (real IGDB or the stand-in)",
    registers: [registry],
    collect: () => connected.set(peekIgdbConnection() ? 1 : 0),
  });
  const circuit: Gauge = new Gauge({
    name: METRIC.igdbCircuit,
    help: "IGDB circuit breaker: 0 closed, 1 half-open (one trial call), 2 open (failing fast)",
    registers: [registry],
    collect: () => circuit.set(CIRCUIT_CODES[peekIgdbConnection()?.client.circuitState ?? "closed"]),
  });
}
