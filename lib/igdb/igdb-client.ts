// The IGDB client: token, limiter, retries with backoff, circuit breaker and multiquery batching, in that
// order of wrapping (breaker → retries → limiter → one HTTP exchange). Returns raw JSON; callers parse it
// with ./raw schemas and reshape it with ./reshape.
import { IgdbError } from "./errors";
import type { RequestLimiter } from "./limiter/request-limiter";
import { MultiqueryBatcher, type NamedQuery, type NamedResult } from "./multiquery";
import { backoffDelay, sleep, type BackoffOptions } from "./resilience/backoff";
import type { CircuitBreaker, CircuitState } from "./resilience/circuit-breaker";
import type { TokenProvider } from "./token/token-provider";
import { sendApicalypse, type IgdbResponse } from "./transport";

export interface IgdbClientOptions {
  apiUrl: string;
  clientId: string;
  tokens: TokenProvider;
  limiter: RequestLimiter;
  breaker: CircuitBreaker;
  timeoutMs: number;
  /** Attempts per call, the first included. */
  maxAttempts: number;
  backoff: BackoffOptions;
}

export interface IgdbClientStats {
  requests: number;
  retries: number;
  rateLimited: number;
  failures: number;
  tokenRefreshes: number;
}

export class IgdbClient {
  readonly stats: IgdbClientStats = { requests: 0, retries: 0, rateLimited: 0, failures: 0, tokenRefreshes: 0 };
  private readonly batcher: MultiqueryBatcher;

  constructor(private readonly options: IgdbClientOptions) {
    this.batcher = new MultiqueryBatcher((body) => this.post("multiquery", body));
  }

  get circuitState(): CircuitState {
    return this.options.breaker.state;
  }

  /** POST /{endpoint}: the rows, and x-count when IGDB sent it. */
  async query(endpoint: string, body: string): Promise<{ rows: unknown[]; count: number | null }> {
    const { json, count } = await this.post(endpoint, body);
    if (!Array.isArray(json)) throw new IgdbError("malformed", `IGDB /${endpoint} answered with a ${typeof json}, not an array.`);
    return { rows: json, count };
  }

  /** POST /{endpoint}/count with an optional where clause. */
  async count(endpoint: string, body = ""): Promise<number> {
    const { json } = await this.post(`${endpoint}/count`, body);
    const count = (json as { count?: unknown } | null)?.count;
    if (typeof count !== "number") throw new IgdbError("malformed", `IGDB /${endpoint}/count answered without a count.`);
    return count;
  }

  /** Up to any number of named queries, sent as multiqueries of at most 10 (IGDB's cap). */
  async multiquery(queries: readonly NamedQuery[]): Promise<NamedResult[]> {
    const chunks: NamedQuery[][] = [];
    for (let i = 0; i < queries.length; i += 10) chunks.push(queries.slice(i, i + 10));
    const answers = await Promise.all(chunks.map((chunk) => this.batcher.sendChunk(chunk)));
    return answers.flat();
  }

  /**
   * One query that may share a multiquery with other concurrent callers: while requests wait for a limiter
   * slot, their queries pile up and leave together, up to 10 per request. Fifty distinct cold searches
   * arriving at once cost about nine requests instead of fifty.
   */
  batched(endpoint: string, body: string): Promise<unknown[]> {
    return this.batcher.enqueue(endpoint, body);
  }

  private post(path: string, body: string | (() => string | null)): Promise<IgdbResponse> {
    return this.options.breaker.run(() => this.withRetries(path, body));
  }

  private async withRetries(path: string, body: string | (() => string | null)): Promise<IgdbResponse> {
    const { maxAttempts, backoff, tokens } = this.options;
    // A lazy body is built when the first attempt gets its slot (see MultiqueryBatcher), then reused.
    let resolved: string | null = typeof body === "string" ? body : null;
    let refused: string | null = null;
    for (let attempt = 1; ;) {
      let token = "";
      try {
        // The token first: a slot is a promise to IGDB's per-second window, so the request must leave the
        // moment it is granted, not after a token round trip.
        token = await tokens.getToken();
        return await this.options.limiter.schedule(async () => {
          resolved ??= typeof body === "function" ? body() : body;
          if (resolved === null) return { json: [], count: 0 };
          this.stats.requests++;
          return sendApicalypse({
            url: this.url(path),
            clientId: this.options.clientId,
            token,
            body: resolved,
            timeoutMs: this.options.timeoutMs,
          });
        });
      } catch (error) {
        // Exactly one forced refresh per call: a token minted a moment ago that is refused again means bad
        // credentials or a revoked app, which no number of new tokens fixes.
        if (error instanceof IgdbError && error.kind === "unauthorized" && refused === null) {
          refused = token;
          this.stats.tokenRefreshes++;
          await tokens.forceRefresh(token);
          continue;
        }
        if (!(error instanceof IgdbError) || !error.transient || attempt >= maxAttempts) {
          this.stats.failures++;
          throw error;
        }
        if (error.kind === "rate_limited") this.stats.rateLimited++;
        this.stats.retries++;
        await sleep(backoffDelay(attempt, backoff, error.retryAfterMs));
        attempt++;
      }
    }
  }

  private url(path: string): string {
    return `${this.options.apiUrl.replace(/\/$/, "")}/${path}`;
  }
}
