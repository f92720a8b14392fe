// Public types of the stand-in: what the control API accepts and what GET /__standin/stats returns.

/** Which IGDB schema generation to serve: "legacy" is the pre-2025 `category`/`region` enums. */
export type StandinDrift = "current" | "legacy";

export type StandinFaultKind = "500" | "502" | "503" | "reset" | "timeout" | "malformed";

/**
 * One injected failure. Faults are tried in list order before normal handling; the first one whose
 * `endpoint` matches decides. `count` defaults to 1, or to unlimited when `probability` is given.
 */
export interface StandinFault {
  kind: StandinFaultKind;
  count?: number;
  /** 0..1, rolled per matching request; a miss lets the request through. */
  probability?: number;
  /** "games" matches games and games/count; "multiquery"; "oauth2/token" targets the token endpoint. */
  endpoint?: string;
}

export interface StandinRateLimit {
  perSecond: number;
  open: number;
}

export interface StandinConfig {
  latencyMs: number;
  jitterMs: number;
  tokenTtlSeconds: number;
  rateLimit: StandinRateLimit;
  drift: StandinDrift;
}

export interface StandinLogEntry {
  /** ISO time of arrival. */
  at: string;
  endpoint: string;
  body: string;
  /** HTTP status; 0 when a reset or timeout fault sent no response. */
  status: number;
  ms: number;
}

export interface StandinStats {
  /** API arrivals of every outcome (401, 429, faults included); a multiquery is one. */
  requests: number;
  /** Arrivals that passed authentication and the rate limit. */
  accepted: number;
  rejected429: number;
  unauthorized401: number;
  /** Most API arrivals (any status) seen within one sliding 1000 ms window. */
  maxPerSecond: number;
  maxOpen: number;
  open: number;
  tokensMinted: number;
  activeTokens: number;
  /** Executed queries (multiquery parts included) that had a `search` statement. */
  searches: number;
  byEndpoint: Record<string, number>;
  /** The last 500 API requests, oldest first. */
  log: StandinLogEntry[];
}
