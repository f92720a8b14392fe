// Everything the request handlers share: the dataset, the live (reconfigurable) settings and the counters.
import type { Dataset } from "../dataset/dataset";
import type { StandinConfig, StandinStats } from "../types";
import type { FaultQueue } from "./faults";
import type { RateLimiter } from "./rate-limiter";
import type { StatsRecorder } from "./stats-recorder";
import type { TokenStore } from "./token-store";

export interface StandinContext {
  dataset: Dataset;
  config: StandinConfig;
  clientId: string;
  clientSecret: string;
  tokens: TokenStore;
  limiter: RateLimiter;
  stats: StatsRecorder;
  faults: FaultQueue;
  /** Aborted by close(), so latency waits do not outlive the server. */
  closing: AbortSignal;
  loadMs: number;
}

export function statsOf(ctx: StandinContext): StandinStats {
  return ctx.stats.snapshot({ minted: ctx.tokens.minted, active: ctx.tokens.activeCount() });
}
