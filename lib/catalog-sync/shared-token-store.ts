// The IGDB token shared by every instance through Redis: Twitch keeps only 25 active tokens per app, so
// instances must not each mint their own. Minting is guarded by a Redis lock; the others wait for the
// holder to finish, then read its token. With Redis unavailable, an instance mints for itself (logged by
// the cache facade) rather than stop serving.
import { randomUUID } from "node:crypto";

import type { FailOpenCache } from "@/lib/cache/fail-open-cache";
import { cacheKeys } from "@/lib/cache/keys";
import type { StoredToken, TokenStore } from "@/lib/igdb";

/** Also named by the admin console, which never shows this key's value. */
export const IGDB_TOKEN_KEY = cacheKeys.igdb("token");
const MINT_LOCK = cacheKeys.igdb("token-mint");
const MINT_LOCK_MS = 15_000;

export function createSharedTokenStore(cache: FailOpenCache): TokenStore {
  let minting: Promise<StoredToken> | null = null;

  const get = async (): Promise<StoredToken | null> => {
    const raw = await cache.get(IGDB_TOKEN_KEY, 4);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as StoredToken;
    } catch {
      return null;
    }
  };

  return {
    get,
    async set(token) {
      await cache.set(IGDB_TOKEN_KEY, JSON.stringify(token), { ttlMs: Math.max(1_000, token.expiresAt - Date.now()) });
    },
    mintOnce(mint) {
      minting ??= (async () => {
        const owner = randomUUID();
        const lock = await cache.acquire(MINT_LOCK, owner, MINT_LOCK_MS);
        if (lock === "held") {
          // Another instance is minting: wait for its lock to go, then mint() finds its fresh token.
          const deadline = Date.now() + MINT_LOCK_MS;
          while (Date.now() < deadline && (await cache.ttl(MINT_LOCK)) !== -2) await new Promise((r) => setTimeout(r, 100));
        }
        try {
          return await mint();
        } finally {
          if (lock === "acquired") await cache.compareAndDelete(MINT_LOCK, owner);
        }
      })().finally(() => {
        minting = null;
      });
      return minting;
    },
  };
}
