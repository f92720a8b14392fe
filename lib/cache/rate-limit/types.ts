// One rate-limit interface over three backends (in-process, TCP Redis, Upstash REST), all running the same
// sliding-window algorithm on the same key layout.
import type { CacheDriverKind } from "../types";

export interface RateLimitPolicy {
  /** Part of every key: two policies never share a count. */
  name: string;
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
  /**
   * What the in-process limiter does when it tracks as many identities as it may: "evict" its oldest counters
   * (default), or "refuse" new identities until counters expire. Auth counters refuse: evicting one would
   * hand a guesser a fresh budget against that account, just for flooding with invented identities.
   */
  whenFull?: "evict" | "refuse";
}

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  /** Requests left in the window after this one (0 when refused). */
  remaining: number;
  /**
   * Milliseconds until the current window ends, when a refused client gets capacity back (the count of the
   * window that ended then only weighs in as it slides out). Use it for Retry-After and RateLimit-Reset.
   */
  resetMs: number;
  /** Set when the backend could not answer and the request was let through unmetered. */
  failedOpen?: true;
  /** Set when the backend could not answer and this process's own in-memory count decided instead. */
  degraded?: true;
}

export interface RateLimiter {
  readonly kind: CacheDriverKind;
  /** Counts one request of `identifier` under `policy`; refused requests are not counted. */
  limit(identifier: string, policy: RateLimitPolicy): Promise<RateLimitResult>;
  /** Whether one more request of `identifier` would be allowed now, without counting anything. */
  peek(identifier: string, policy: RateLimitPolicy): Promise<RateLimitResult>;
  close(): Promise<void>;
}
