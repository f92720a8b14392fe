// Inputs and answers of /api/admin/cache*, shared by the routes and the console (no server imports here).
import { z } from "zod";

/** Questlog's namespace: the only keys the console may read or delete. */
export const QUESTLOG_KEY_PREFIX = "ql:";

const questlogKey = z
  .string()
  .trim()
  .min(QUESTLOG_KEY_PREFIX.length + 1, "a key under ql:")
  .max(1_024)
  .refine((key) => key.startsWith(QUESTLOG_KEY_PREFIX), "only Questlog's keys (ql:…) can be read or removed here");

export const cacheKeyQuerySchema = z.object({ key: questlogKey });

/**
 * A pattern with no literal character after ql: (ql:*, ql:**, ql:?*) matches every Questlog key: asked for
 * up front. Other spellings of "everything" (ql:[a-z]*) are caught by counting the matches on the server
 * (lib/admin/cache/invalidate-cache.ts, CONFIRM_ALL_THRESHOLD).
 */
export const matchesEverything = (pattern: string) => /^[*?]*$/.test(pattern.slice(QUESTLOG_KEY_PREFIX.length));

export const invalidateCacheBodySchema = z
  .object({
    key: questlogKey.optional(),
    tag: z.string().trim().min(1).max(300).optional(),
    pattern: questlogKey.optional(),
    /** Required to remove every Questlog key at once, or more keys than CONFIRM_ALL_THRESHOLD. */
    confirmAll: z.boolean().optional(),
  })
  .strict()
  .refine((b) => [b.key, b.tag, b.pattern].filter((v) => v !== undefined).length === 1, "give exactly one of key, tag or pattern")
  .refine((b) => !b.pattern || !matchesEverything(b.pattern) || b.confirmAll === true, {
    message: "this pattern removes every Questlog key: send confirmAll: true to mean it",
    path: ["pattern"],
  });
export type InvalidateCacheBody = z.infer<typeof invalidateCacheBodySchema>;

export interface KeyKindCount {
  kind: string;
  label: string;
  /** SCAN pattern the kind's keys match. */
  pattern: string;
  count: number;
  /** The scan stopped at its cap: count is a lower bound. */
  capped: boolean;
  /** Queue internals the console will not delete. */
  protected: boolean;
}

export interface HitRateStats {
  kind: string;
  hits: number;
  staleHits: number;
  misses: number;
  /** (hits + stale hits) / lookups, null before the first lookup. */
  hitRate: number | null;
}

export interface HitRateSample {
  at: number;
  /** Over the interval since the previous sample, all kinds together; null when nothing was looked up. */
  hitRate: number | null;
  lookups: number;
}

export interface CacheOverview {
  driver: "memory" | "redis" | "upstash";
  /** Memory driver: this process only, nothing shared with other instances. */
  instanceOnly: boolean;
  reachable: boolean;
  error: string | null;
  info: {
    usedMemoryBytes: number | null;
    keys: number | null;
    maxMemoryBytes: number | null;
    evictedKeys: number | null;
    hits: number | null;
    misses: number | null;
  } | null;
  questlogKeys: { count: number; capped: boolean; cap: number };
  keyCounts: KeyKindCount[];
  /** When the keys were counted (counts are reused for KEY_COUNT_MAX_AGE_MS; ?recount=1 forces a new SCAN). */
  keysCountedAt: string;
  hitRates: HitRateStats[];
  history: HitRateSample[];
  failures: { errors: number; timeouts: number; lastError: string | null; lastErrorAt: number | null };
  generatedAt: string;
}

export interface CacheKeyLookup {
  key: string;
  exists: boolean;
  type: string | null;
  /** Milliseconds left, null without expiry or when missing. */
  ttlMs: number | null;
  kind: string;
  sizeBytes: number | null;
  /** Parsed JSON (the envelope's value for cache entries), a string, or set members. */
  value: unknown;
  truncated: boolean;
  /** For Questlog's cache entries: what kind the entry is and until when it is fresh. */
  envelope: { kind: string; freshUntil: number; fresh: boolean } | null;
  protected: boolean;
  /** A credential (the IGDB access token): its value is not shown. */
  redacted: boolean;
  /** Set members in all (value lists the first ones). */
  members?: number;
}

export interface InvalidateCacheResult {
  removed: number;
  by: "key" | "tag" | "pattern";
  target: string;
  /** A pattern matched more keys than one call removes: run it again for the rest. */
  capped: boolean;
  /** Protected keys (queue internals) the pattern matched and left alone. */
  skipped: number;
  instanceOnly: boolean;
}
