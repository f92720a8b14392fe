// Where the one shared Twitch token lives. In-process here; the Redis layer stores it in Redis behind the
// same interface so every instance shares one token (Twitch allows only 25 active tokens per app).

export interface StoredToken {
  accessToken: string;
  /** Epoch ms at which it was minted; with expiresAt, tells when to refresh (at 90% of its life). */
  issuedAt: number;
  /** Epoch ms at which Twitch stops accepting it. */
  expiresAt: number;
}

export interface TokenStore {
  get(): Promise<StoredToken | null>;
  set(token: StoredToken): Promise<void>;
  /**
   * Runs mint() so that only one caller across the store's reach mints at a time; the others get its result.
   * The in-process store needs nothing more than a shared promise.
   */
  mintOnce(mint: () => Promise<StoredToken>): Promise<StoredToken>;
}

export function createMemoryTokenStore(): TokenStore {
  let token: StoredToken | null = null;
  let minting: Promise<StoredToken> | null = null;
  return {
    get: async () => token,
    set: async (next) => {
      token = next;
    },
    mintOnce(mint) {
      minting ??= mint().finally(() => {
        minting = null;
      });
      return minting;
    },
  };
}
