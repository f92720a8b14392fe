// The client-credentials token: one shared token, minted only when there is none, refreshed a while before
// it expires, and force-refreshed at most once per 401. Minting per process or per request would revoke
// other instances' tokens (Twitch keeps only the 25 newest per app).
import { z } from "zod";

import { IgdbError } from "../errors";
import type { StoredToken, TokenStore } from "./token-store";

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string(),
});

export interface TokenProviderOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  store: TokenStore;
  timeoutMs: number;
  now?: () => number;
}

export class TokenProvider {
  private readonly now: () => number;

  constructor(private readonly options: TokenProviderOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A token valid for a while yet; refreshes when within 10% of its lifetime (at most a day) of expiry. */
  async getToken(): Promise<string> {
    const token = await this.options.store.get();
    if (token && !this.isDueForRefresh(token)) return token.accessToken;
    return (await this.refresh(token?.accessToken ?? null)).accessToken;
  }

  /**
   * Called after a 401 with the token that was refused. If another caller already replaced it, that newer
   * token is returned instead of minting again: a burst of 401s costs one new token, not one each.
   */
  async forceRefresh(refused: string): Promise<string> {
    return (await this.refresh(refused)).accessToken;
  }

  private isDueForRefresh(token: StoredToken): boolean {
    const lifetime = token.expiresAt - token.issuedAt;
    return token.expiresAt - this.now() < Math.min(86_400_000, lifetime * 0.1);
  }

  private async refresh(stale: string | null): Promise<StoredToken> {
    return this.options.store.mintOnce(async () => {
      const current = await this.options.store.get();
      // Someone replaced the stale token while we waited for our turn: use theirs.
      if (current && current.accessToken !== stale && !this.isDueForRefresh(current)) return current;
      const minted = await this.mint();
      await this.options.store.set(minted);
      return minted;
    });
  }

  private async mint(): Promise<StoredToken> {
    const url = new URL(this.options.tokenUrl);
    url.searchParams.set("client_id", this.options.clientId);
    url.searchParams.set("client_secret", this.options.clientSecret);
    url.searchParams.set("grant_type", "client_credentials");
    let response: Response;
    try {
      response = await fetch(url, { method: "POST", signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (cause) {
      throw new IgdbError("token", `Could not reach the Twitch token endpoint: ${(cause as Error).message}`, { cause });
    }
    const text = await response.text();
    if (!response.ok) {
      throw new IgdbError("token", `Twitch refused the client credentials (${response.status}): ${text.slice(0, 200)}`, {
        status: response.status,
      });
    }
    let parsed: z.infer<typeof TokenResponseSchema>;
    try {
      parsed = TokenResponseSchema.parse(JSON.parse(text));
    } catch (cause) {
      throw new IgdbError("token", "The Twitch token endpoint answered with an unexpected body.", { cause });
    }
    const issuedAt = this.now();
    return { accessToken: parsed.access_token, issuedAt, expiresAt: issuedAt + parsed.expires_in * 1000 };
  }
}
