// Every cache key, channel and TTL is built here and nowhere else, so a key's shape and lifetime can be
// read in one place (and invalidation patterns cannot drift from the keys they target).
const NS = "ql";

export type CacheKind = "search" | "game" | "negative";

/** How long an entry is fresh, and how much longer it may be served stale while one refresh runs. */
export const CACHE_TTL: Record<CacheKind, { freshMs: number; staleMs: number }> = {
  search: { freshMs: 24 * 3_600_000, staleMs: 24 * 3_600_000 },
  game: { freshMs: 7 * 24 * 3_600_000, staleMs: 7 * 24 * 3_600_000 },
  // Zero results: minutes, so a title that appears upstream is found soon.
  negative: { freshMs: 5 * 60_000, staleMs: 0 },
};

/**
 * Two seeded 53-bit cyrb53 hashes (106 bits): no node:crypto, so keys can be built in edge code too
 * (proxy.ts with the Upstash driver); collisions between cache keys are out of reach at that width.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const digest = (text: string) => cyrb53(text, 1).toString(36) + cyrb53(text, 2).toString(36);

export const cacheKeys = {
  /** A search page: normalised query and every parameter that changes the answer. */
  search: (parts: Record<string, string | number | undefined>) =>
    `${NS}:search:${digest(
      JSON.stringify(
        Object.entries(parts)
          .filter(([, v]) => v !== undefined)
          .sort(),
      ),
    )}`,
  game: (id: number) => `${NS}:game:${id}`,
  /** Who computes a cold entry right now (dedupe leader). */
  lock: (key: string) => `${NS}:lock:${key}`,
  /** Published when the leader stored the entry. */
  doneChannel: (key: string) => `${NS}:done:${key}`,
  /** Guards the single background refresh of a stale entry. */
  refresh: (key: string) => `${NS}:refresh:${key}`,
  tag: (tag: string) => `${NS}:tag:${tag}`,
  /** Searches recorded but not yet rolled up (a Redis list: queue state, not cache). */
  searchEvents: `${NS}:search-events`,
  /** IGDB's shared state across instances: the access token, its mint lock, the request limiter's slots. */
  igdb: (name: string) => `${NS}:igdb:${name}`,
  /** Patterns for invalidation by kind. */
  pattern: (kind: "search" | "game") => `${NS}:${kind}:*`,
};

export const cacheTags = {
  game: (id: number) => `game:${id}`,
};
