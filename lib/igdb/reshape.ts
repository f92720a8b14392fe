// Raw IGDB records → IgdbGame. Both schema generations are read: game_type / category, release_region /
// region, date_format / category, references expanded or not. A pre-2025 field is logged once as drift.
import { parseRecords, reportDrift } from "./raw/parse-records";
import { KNOWN_GAME_FIELDS, RawGameSchema, RawPopularityPrimitiveSchema, type RawGame } from "./raw/raw-schemas";
import type { IgdbCompanyCredit, IgdbGame, IgdbPlatform, IgdbPopularity, IgdbRelease } from "./types";

const GAME_TYPES = [
  "main_game",
  "dlc_addon",
  "expansion",
  "bundle",
  "standalone_expansion",
  "mod",
  "episode",
  "season",
  "remake",
  "remaster",
  "expanded_game",
  "port",
  "fork",
  "pack",
  "update",
];
const REGIONS: Record<number, string> = {
  1: "Europe",
  2: "North America",
  3: "Australia",
  4: "New Zealand",
  5: "Japan",
  6: "China",
  7: "Asia",
  8: "Worldwide",
  9: "Korea",
  10: "Brazil",
};
const REGION_NAMES: Record<string, string> = {
  europe: "Europe",
  north_america: "North America",
  australia: "Australia",
  new_zealand: "New Zealand",
  japan: "Japan",
  china: "China",
  asia: "Asia",
  worldwide: "Worldwide",
  korea: "Korea",
  brazil: "Brazil",
};

type Ref<T> = number | (T & { id: number });
const refId = <T>(value: Ref<T>): number => (typeof value === "number" ? value : value.id);
const expanded = <T>(value: Ref<T> | undefined): (T & { id: number }) | null =>
  value !== undefined && typeof value === "object" ? value : null;

function isoDay(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

/** Date text at IGDB's precision: 0 = full date, 1 = month, 2 = year, 3–6 = quarters (year), 7 = TBD. */
function releaseDateText(format: number | null, date: number | undefined, y: number | undefined, m: number | undefined): string | null {
  if (format === 7) return null;
  const year = y ?? (date !== undefined ? new Date(date * 1000).getUTCFullYear() : undefined);
  if (year === undefined) return null;
  if (format === 2 || (format !== null && format >= 3)) return String(year);
  if (format === 1 && m !== undefined) return `${year}-${String(m).padStart(2, "0")}`;
  if (date !== undefined) return isoDay(date);
  return m !== undefined ? `${year}-${String(m).padStart(2, "0")}` : String(year);
}

function reshapeRelease(raw: Exclude<NonNullable<RawGame["release_dates"]>[number], number>): IgdbRelease {
  let format: number | null = null;
  if (raw.date_format !== undefined) format = typeof raw.date_format === "number" ? raw.date_format : raw.date_format.id;
  else if (raw.category !== undefined) {
    reportDrift("release_dates.category", "IGDB sent the pre-2025 release_dates.category; reading it as date_format.");
    format = raw.category;
  }
  let region: string | null = null;
  if (raw.release_region !== undefined) {
    const r = raw.release_region;
    region = typeof r === "number" ? (REGIONS[r] ?? null) : ((r.region ? REGION_NAMES[r.region] : undefined) ?? REGIONS[r.id] ?? null);
  } else if (raw.region !== undefined) {
    reportDrift("release_dates.region", "IGDB sent the pre-2025 release_dates.region enum; reading it as release_region.");
    region = REGIONS[raw.region] ?? null;
  }
  const date = releaseDateText(format, raw.date, raw.y, raw.m);
  return {
    id: raw.id,
    platformId: raw.platform === undefined ? null : refId(raw.platform),
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    region,
  };
}

function gameType(raw: RawGame): string | null {
  if (raw.game_type !== undefined) {
    if (typeof raw.game_type === "number") return GAME_TYPES[raw.game_type] ?? null;
    return raw.game_type.type ?? GAME_TYPES[raw.game_type.id] ?? null;
  }
  if (raw.category !== undefined) {
    reportDrift("games.category", "IGDB sent the pre-2025 games.category; reading it as game_type.");
    return GAME_TYPES[raw.category] ?? null;
  }
  return null;
}

function firstRelease(raw: RawGame, releases: IgdbRelease[]): string | null {
  if (raw.first_release_date === undefined) {
    const dated = releases.filter((r) => r.date).sort((a, b) => a.date!.localeCompare(b.date!));
    return dated[0]?.date ?? null;
  }
  const day = isoDay(raw.first_release_date);
  // Prefer the matching release's precision: "1991" rather than a made-up "1991-01-01".
  const match = releases.find((r) => r.date && day.startsWith(r.date));
  return match?.date ?? day;
}

export function reshapeGame(raw: RawGame): IgdbGame {
  const releases = (raw.release_dates ?? []).flatMap((r) => (typeof r === "number" ? [] : [reshapeRelease(r)]));
  const platforms: IgdbPlatform[] = (raw.platforms ?? []).map((p) => {
    const full = expanded(p);
    return { id: refId(p), name: full?.name ?? null, slug: full?.slug ?? null, abbreviation: full?.abbreviation ?? null };
  });
  const companies: IgdbCompanyCredit[] = (raw.involved_companies ?? []).flatMap((ic) => {
    const credit = expanded(ic);
    if (!credit?.company) return [];
    const company = expanded(credit.company);
    return [
      {
        id: refId(credit.company),
        name: company?.name ?? null,
        slug: company?.slug ?? null,
        publisher: credit.publisher ?? false,
        developer: credit.developer ?? false,
      },
    ];
  });
  const firstReleaseDate = firstRelease(raw, releases);
  const cover = expanded(raw.cover);
  return {
    id: raw.id,
    name: raw.name,
    slug: raw.slug ?? null,
    summary: raw.summary ?? null,
    rating: raw.total_rating ?? raw.rating ?? null,
    ratingCount: raw.total_rating_count ?? null,
    coverImageId: cover?.image_id ?? null,
    firstReleaseDate,
    firstReleaseYear: firstReleaseDate ? Number(firstReleaseDate.slice(0, 4)) : null,
    platforms,
    releases,
    companies,
    alternativeNames: (raw.alternative_names ?? []).flatMap((a) => (typeof a === "object" && a.name ? [a.name] : [])),
    gameType: gameType(raw),
    versionParentId: raw.version_parent === undefined ? null : refId(raw.version_parent),
    updatedAt: raw.updated_at ?? null,
    checksum: raw.checksum ?? null,
  };
}

/** Parses raw game rows (tolerating drift) and reshapes them. */
export function reshapeGames(rows: readonly unknown[]): IgdbGame[] {
  return parseRecords("games", RawGameSchema, rows, KNOWN_GAME_FIELDS).map(reshapeGame);
}

export function reshapePopularity(rows: readonly unknown[]): IgdbPopularity[] {
  return parseRecords("popularity_primitives", RawPopularityPrimitiveSchema, rows).map((p) => ({ gameId: p.game_id, value: p.value }));
}
