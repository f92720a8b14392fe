// Twitch app access tokens: random, expiring on the wall clock, at most 25 active per client.
import { randomBytes } from "node:crypto";

import { MAX_TOKENS_PER_CLIENT } from "../constants";

interface TokenEntry {
  clientId: string;
  expiresAt: number;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

function newToken(): string {
  // 30 characters of [a-z0-9], the shape of a real Twitch app token.
  return [...randomBytes(30)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
}

export class TokenStore {
  /** Insertion order is minting order, which is what "revoke the oldest" needs. */
  private readonly tokens = new Map<string, TokenEntry>();
  minted = 0;

  mint(clientId: string, ttlSeconds: number, now = Date.now()): { token: string; expiresIn: number } {
    this.pruneExpired(now);
    const own = [...this.tokens.entries()].filter(([, e]) => e.clientId === clientId);
    for (const [token] of own.slice(0, Math.max(0, own.length - MAX_TOKENS_PER_CLIENT + 1))) this.tokens.delete(token);
    const token = newToken();
    this.tokens.set(token, { clientId, expiresAt: now + ttlSeconds * 1000 });
    this.minted++;
    return { token, expiresIn: ttlSeconds };
  }

  /** Seconds left for a live token of this client, or undefined when it is unknown, revoked or expired. */
  secondsLeft(clientId: string | undefined, token: string | undefined, now = Date.now()): number | undefined {
    const entry = token ? this.tokens.get(token) : undefined;
    if (!entry || entry.expiresAt <= now || (clientId !== undefined && entry.clientId !== clientId)) return undefined;
    return Math.floor((entry.expiresAt - now) / 1000);
  }

  clientOf(token: string): string | undefined {
    return this.tokens.get(token)?.clientId;
  }

  revokeAll(): number {
    const count = this.tokens.size;
    this.tokens.clear();
    return count;
  }

  activeCount(now = Date.now()): number {
    this.pruneExpired(now);
    return this.tokens.size;
  }

  private pruneExpired(now: number): void {
    for (const [token, entry] of this.tokens) if (entry.expiresAt <= now) this.tokens.delete(token);
  }
}
