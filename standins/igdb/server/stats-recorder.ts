// Counts what the stand-in saw, for GET /__standin/stats: tests assert on these, so they must be honest
// (maxPerSecond is measured over a sliding window of every arrival, refused ones included).
import type { StandinLogEntry, StandinStats } from "../types";

const WINDOW_MS = 1000;
const LOG_SIZE = 500;
const LOGGED_BODY_CHARS = 2000;

type Counters = Omit<StandinStats, "open" | "activeTokens" | "tokensMinted" | "byEndpoint" | "log">;

export class StatsRecorder {
  private counters: Counters = emptyCounters();
  private byEndpoint: Record<string, number> = {};
  private log: StandinLogEntry[] = [];
  private arrivals: number[] = [];
  open = 0;

  arrive(endpoint: string, now: number): void {
    this.counters.requests++;
    this.byEndpoint[endpoint] = (this.byEndpoint[endpoint] ?? 0) + 1;
    while (this.arrivals.length && this.arrivals[0]! <= now - WINDOW_MS) this.arrivals.shift();
    this.arrivals.push(now);
    this.counters.maxPerSecond = Math.max(this.counters.maxPerSecond, this.arrivals.length);
  }

  unauthorized(): void {
    this.counters.unauthorized401++;
  }

  rejected(): void {
    this.counters.rejected429++;
  }

  /** An accepted request is open until its response ends or its connection closes. */
  opened(): void {
    this.counters.accepted++;
    this.open++;
    this.counters.maxOpen = Math.max(this.counters.maxOpen, this.open);
  }

  closed(): void {
    this.open = Math.max(0, this.open - 1);
  }

  searched(count: number): void {
    this.counters.searches += count;
  }

  record(entry: StandinLogEntry): void {
    const body = entry.body.length > LOGGED_BODY_CHARS ? `${entry.body.slice(0, LOGGED_BODY_CHARS)}…` : entry.body;
    this.log.push({ ...entry, body });
    if (this.log.length > LOG_SIZE) this.log.splice(0, this.log.length - LOG_SIZE);
  }

  /** Starts a fresh measurement; requests still open stay open (and count towards the new maxOpen). */
  reset(): void {
    this.counters = emptyCounters();
    this.counters.maxOpen = this.open;
    this.byEndpoint = {};
    this.log = [];
    this.arrivals = [];
  }

  snapshot(tokens: { minted: number; active: number }): StandinStats {
    return {
      ...this.counters,
      open: this.open,
      tokensMinted: tokens.minted,
      activeTokens: tokens.active,
      byEndpoint: { ...this.byEndpoint },
      log: [...this.log],
    };
  }
}

function emptyCounters(): Counters {
  return { requests: 0, accepted: 0, rejected429: 0, unauthorized401: 0, maxPerSecond: 0, maxOpen: 0, searches: 0 };
}
