// The IGDB adapter: everything outside lib/igdb imports from here.
export { Apicalypse, anyOf, quote } from "./apicalypse";
export { createIgdbClient, IGDB_LIMITS, type IgdbClientConfig } from "./create-igdb-client";
export { IgdbError, isIgdbError, type IgdbErrorKind } from "./errors";
export { IgdbClient, type IgdbClientStats } from "./igdb-client";
export { igdbImageUrl, type IgdbImageSize } from "./images";
export { createLocalLimiter, type RequestLimiter } from "./limiter/request-limiter";
export { buildMultiquery, type NamedQuery, type NamedResult } from "./multiquery";
export * from "./queries";
export { reshapeGames, reshapePopularity } from "./reshape";
export { CircuitBreaker, type CircuitState } from "./resilience/circuit-breaker";
export type { StoredToken, TokenStore } from "./token/token-store";
export type * from "./types";
