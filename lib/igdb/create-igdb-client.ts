// Assembles a client with production defaults. The token store and limiter are injectable: the Redis layer
// passes shared ones so that every instance counts against one budget and uses one token.
import { IgdbClient } from "./igdb-client";
import { createLocalLimiter, type RequestLimiter } from "./limiter/request-limiter";
import { CircuitBreaker } from "./resilience/circuit-breaker";
import { TokenProvider } from "./token/token-provider";
import { createMemoryTokenStore, type TokenStore } from "./token/token-store";

export interface IgdbClientConfig {
  apiUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
  maxAttempts?: number;
  tokenStore?: TokenStore;
  limiter?: RequestLimiter;
  breaker?: CircuitBreaker;
  backoff?: { baseMs: number; maxMs: number };
}

/** IGDB's published limits. */
export const IGDB_LIMITS = { perSecond: 4, open: 8 } as const;

export function createIgdbClient(config: IgdbClientConfig): IgdbClient {
  const timeoutMs = config.timeoutMs ?? 10_000;
  return new IgdbClient({
    apiUrl: config.apiUrl,
    clientId: config.clientId,
    tokens: new TokenProvider({
      tokenUrl: config.tokenUrl,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      store: config.tokenStore ?? createMemoryTokenStore(),
      timeoutMs,
    }),
    limiter: config.limiter ?? createLocalLimiter(IGDB_LIMITS),
    // Five failed calls in a row (each already retried) means IGDB is down, not unlucky.
    breaker: config.breaker ?? new CircuitBreaker({ failureThreshold: 5, cooldownMs: 30_000 }),
    timeoutMs,
    maxAttempts: config.maxAttempts ?? 4,
    backoff: config.backoff ?? { baseMs: 250, maxMs: 4_000 },
  });
}
