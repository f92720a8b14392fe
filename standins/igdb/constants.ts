// Defaults and IGDB's fixed tables (the enums that became endpoints in 2025), with their real ids.

export const STANDIN_CLIENT_ID = "questlog-standin";
export const STANDIN_CLIENT_SECRET = "questlog-standin-secret";

/** Twitch app tokens last about 60 days. */
export const DEFAULT_TOKEN_TTL_SECONDS = 5_184_000;
/** IGDB's documented limits: 4 requests per second and 8 open requests per client. */
export const DEFAULT_RATE_LIMIT = { perSecond: 4, open: 8 } as const;
/** Twitch keeps at most 25 active app tokens per client; minting another revokes the oldest. */
export const MAX_TOKENS_PER_CLIENT = 25;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 500;
export const MAX_MULTIQUERY_QUERIES = 10;

export const GAME_TYPES: ReadonlyArray<readonly [number, string]> = [
  [0, "main_game"],
  [1, "dlc_addon"],
  [2, "expansion"],
  [3, "bundle"],
  [4, "standalone_expansion"],
  [5, "mod"],
  [6, "episode"],
  [7, "season"],
  [8, "remake"],
  [9, "remaster"],
  [10, "expanded_game"],
  [11, "port"],
  [12, "fork"],
  [13, "pack"],
  [14, "update"],
];

export const RELEASE_REGIONS: ReadonlyArray<readonly [number, string]> = [
  [1, "europe"],
  [2, "north_america"],
  [3, "australia"],
  [4, "new_zealand"],
  [5, "japan"],
  [6, "china"],
  [7, "asia"],
  [8, "worldwide"],
  [9, "korea"],
  [10, "brazil"],
];

export const DATE_FORMATS: ReadonlyArray<readonly [number, string]> = [
  [0, "YYYYMMMMDD"],
  [1, "YYYYMMMM"],
  [2, "YYYY"],
  [3, "YYYYQ1"],
  [4, "YYYYQ2"],
  [5, "YYYYQ3"],
  [6, "YYYYQ4"],
  [7, "TBD"],
];
export const DATE_FORMAT = { day: 0, month: 1, year: 2, tbd: 7 } as const;

export const PLATFORM_TYPES: ReadonlyArray<readonly [number, string]> = [
  [1, "console"],
  [2, "arcade"],
  [3, "platform"],
  [4, "operating_system"],
  [5, "portable_console"],
  [6, "computer"],
];
/** The catalog does not tell consoles from computers; every platform is served as a console. */
export const CATALOG_PLATFORM_TYPE = 1;

export const GENRES: ReadonlyArray<readonly [number, string, string]> = [
  [2, "Point-and-click", "point-and-click"],
  [4, "Fighting", "fighting"],
  [5, "Shooter", "shooter"],
  [7, "Music", "music"],
  [8, "Platform", "platform"],
  [9, "Puzzle", "puzzle"],
  [10, "Racing", "racing"],
  [11, "Real Time Strategy (RTS)", "real-time-strategy-rts"],
  [12, "Role-playing (RPG)", "role-playing-rpg"],
  [13, "Simulator", "simulator"],
  [14, "Sport", "sport"],
  [15, "Strategy", "strategy"],
  [16, "Turn-based strategy (TBS)", "turn-based-strategy-tbs"],
  [24, "Tactical", "tactical"],
  [25, "Hack and slash/Beat 'em up", "hack-and-slash-beat-em-up"],
  [26, "Quiz/Trivia", "quiz-trivia"],
  [30, "Pinball", "pinball"],
  [31, "Adventure", "adventure"],
  [32, "Indie", "indie"],
  [33, "Arcade", "arcade"],
  [34, "Visual Novel", "visual-novel"],
  [35, "Card & Board Game", "card-and-board-game"],
  [36, "MOBA", "moba"],
];

/** Catalog region names (lib/catalog/import/parse-release-title.ts) → IGDB release_region ids. */
const REGION_IDS: Record<string, number> = {
  Europe: 1,
  UK: 1,
  France: 1,
  Germany: 1,
  Spain: 1,
  Italy: 1,
  Netherlands: 1,
  Norway: 1,
  Sweden: 1,
  Scandinavia: 1,
  Finland: 1,
  Denmark: 1,
  Poland: 1,
  Portugal: 1,
  Greece: 1,
  Russia: 1,
  Czechia: 1,
  Hungary: 1,
  USA: 2,
  Canada: 2,
  Mexico: 2,
  Australia: 3,
  "New Zealand": 4,
  Japan: 5,
  China: 6,
  Asia: 7,
  Taiwan: 7,
  "Hong Kong": 7,
  World: 8,
  Korea: 9,
  Brazil: 10,
};
export const WORLDWIDE_REGION = 8;

/** The release's first region decides; releases without a known region are "worldwide", as IGDB files them. */
export function releaseRegionId(regions: string): number {
  const first = regions.split(",")[0]?.trim() ?? "";
  return REGION_IDS[first] ?? WORLDWIDE_REGION;
}
