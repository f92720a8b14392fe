// Every cache key, channel and TTL is built here and nowhere else, so a key's shape and lifetime can be
// read in one place (and invalidation patterns cannot drift from the keys they target).
import { createHash } from "node:crypto";

const NS = "ql";

export type CacheKind = "search" | "game" | "negative";

/** How long an entry is fresh, and how much longer it may be served stale while one refresh runs. */
export const CACHE_TTL: Record<CacheKind, { freshMs: number; staleMs: number }> = {
  search: { freshMs: 24 * 3_600_000, staleMs: 24 * 3_600_000 },
  game: { freshMs: 7 * 24 * 3_600_000, staleMs: 7 * 24 * 3_600_000 },
  // Zero results: minutes, so a title that appears upstream is found soon.
  negative: { freshMs: 5 * 60_000, staleMs: 0 },
};

const digest = (text: string) => createHash("sha1").update(text).digest("base64url").slice(0, 22);

export const cacheKeys = {
  /** A search page: normalised query and every parameter that changes the answer. */
  search: (parts: Record<string, string | number | undefined>) =>
    `${NS}:search:${digest(JSON.stringify(Object.entries(parts).filter(([, v]) => v !== undefined).sort()))}`,
  game: (id: number) => `${NS}:game:${id}`,
  /** Who computes a cold entry right now (dedupe leader). */
  lock: (key: string) => `${NS}:lock:${key}`,
  /** Published when the leader stored the entry. */
  doneChannel: (key: string) => `${NS}:done:${key}`,
  /** Guards the single background refresh of a stale entry. */
  refresh: (key: string) => `${NS}:refresh:${key}`,
  tag: (tag: string) => `${NS}:tag:${tag}`,
  /** Patterns for invalidation by kind. */
  pattern: (kind: "search" | "game") => `${NS}:${kind}:*`,
};

export const cacheTags = {
  game: (id: number) => `game:${id}`,
};
