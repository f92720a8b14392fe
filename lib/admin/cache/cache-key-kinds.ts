import "server-only";

import { cacheKeys } from "@/lib/cache/keys";
import { RATE_LIMIT_KEY_PREFIX } from "@/lib/cache/rate-limit/sliding-window";
import { IGDB_TOKEN_KEY } from "@/lib/catalog-sync/shared-token-store";
import { getEnv } from "@/lib/env";

export interface CacheKeyKind {
  kind: string;
  label: string;
  /** Keys starting with this belong to the kind (or, with `exact`, only this key). */
  prefix: string;
  exact?: boolean;
  /** Queue state, not cache: reading is fine, deleting by hand would lose or corrupt jobs and writes. */
  protected?: boolean;
  /** Holds a credential (the shared IGDB access token): its value is never sent to the browser. */
  secret?: boolean;
}

// Prefixes taken from the key builders (lib/cache/keys.ts and the modules that own the other keys).
const prefixOf = (key: string) => key.replace(/\*$/, "");

/** Every kind of key Questlog writes, most specific first (an exact key before any prefix). */
export function cacheKeyKinds(): CacheKeyKind[] {
  const env = getEnv();
  return [
    // The stream and its dead letters (`<stream>:dead:<instance>`).
    { kind: "catalog-writes", label: "Catalog write stream", prefix: env.CATALOG_STREAM_KEY, protected: true },
    { kind: "search-events", label: "Search events awaiting rollup", prefix: cacheKeys.searchEvents, exact: true, protected: true },
    { kind: "search", label: "Search pages", prefix: prefixOf(cacheKeys.pattern("search")) },
    { kind: "game", label: "Games", prefix: prefixOf(cacheKeys.pattern("game")) },
    { kind: "tag", label: "Tags", prefix: cacheKeys.tag("") },
    { kind: "lock", label: "Dedupe locks", prefix: cacheKeys.lock("") },
    { kind: "refresh", label: "Refresh guards", prefix: cacheKeys.refresh("") },
    { kind: "rate-limit", label: "Rate limits", prefix: `${RATE_LIMIT_KEY_PREFIX}:` },
    { kind: "igdb-token", label: "IGDB access token", prefix: IGDB_TOKEN_KEY, exact: true, secret: true },
    { kind: "igdb", label: "IGDB token lock and limiter", prefix: cacheKeys.igdb("") },
    { kind: "jobs", label: "Jobs (BullMQ)", prefix: `${env.JOBS_PREFIX}:`, protected: true },
  ];
}

export const OTHER_KIND: CacheKeyKind = { kind: "other", label: "Other", prefix: "ql:" };

/** The kind a key belongs to; "other" for a key no builder makes. */
export function classifyCacheKey(key: string, kinds: readonly CacheKeyKind[] = cacheKeyKinds()): CacheKeyKind {
  return kinds.find((k) => (k.exact ? key === k.prefix : key.startsWith(k.prefix))) ?? OTHER_KIND;
}

/** The SCAN pattern of a kind (glob characters in a configured prefix escaped). */
export function kindPattern(kind: CacheKeyKind): string {
  const escaped = kind.prefix.replace(/[*?[\]\\]/g, "\\$&");
  return kind.exact ? escaped : `${escaped}*`;
}
