// A faithful local stand-in for IGDB (api.igdb.com/v4) and Twitch's token endpoint; see README.md.
export { startIgdbStandin, type IgdbStandin, type IgdbStandinOptions } from "./start-igdb-standin";
export { STANDIN_CLIENT_ID, STANDIN_CLIENT_SECRET } from "./constants";
export type { StandinConfig, StandinDrift, StandinFault, StandinFaultKind, StandinLogEntry, StandinRateLimit, StandinStats } from "./types";
