// IgdbGame (the adapter's shape) → the catalog's write input and the API's GameSummary.
import { coverUrl } from "@/lib/catalog/cover-url";
import { GameDetailSchema, GameSummarySchema, type GameDetail, type GameSummary } from "@/lib/catalog/schemas";
import type { CatalogGameInput } from "@/lib/catalog/write-games";
import type { IgdbGame } from "@/lib/igdb";
import { fold, slugify } from "@/lib/text/fold";

const orNull = (text: string | null): string | null => (text && text.trim() ? text : null);

export function toCatalogInput(game: IgdbGame, popularity?: number): CatalogGameInput {
  return {
    id: game.id,
    name: game.name,
    slug: orNull(game.slug),
    summary: orNull(game.summary),
    rating: game.rating === null ? null : Math.min(100, Math.max(0, game.rating)),
    ratingCount: game.ratingCount === null ? null : Math.round(game.ratingCount),
    coverImageId: orNull(game.coverImageId),
    firstReleaseDate: game.firstReleaseDate,
    firstReleaseYear: game.firstReleaseYear,
    popularity,
    platforms: game.platforms.map((p) => ({ id: p.id, name: orNull(p.name), slug: orNull(p.slug) })),
    releases: game.releases.map((r) => ({ id: r.id, platformId: r.platformId, date: r.date, year: r.year, region: r.region })),
    companies: game.companies.map((c) => ({
      id: c.id,
      name: orNull(c.name),
      slug: orNull(c.slug),
      publisher: c.publisher,
      developer: c.developer,
    })),
    alternativeNames: game.alternativeNames,
    igdbUpdatedAt: game.updatedAt === null ? null : Math.round(game.updatedAt),
    igdbChecksum: orNull(game.checksum),
  };
}

/** The search API's row for a game answered by IGDB, before (or without) reading it back from SQLite. */
export function toGameSummary(game: IgdbGame): GameSummary {
  return GameSummarySchema.parse({
    id: game.id,
    name: game.name,
    slug: game.slug ?? (slugify(fold(game.name)) || String(game.id)),
    cover_url: coverUrl(game.coverImageId),
    release_date: game.firstReleaseDate,
    release_year: game.firstReleaseYear,
    rating: game.rating,
    summary: game.summary,
    platforms: game.platforms.flatMap((p) => (p.name && p.slug ? [{ slug: p.slug, name: p.name }] : [])),
    publisher: game.companies.find((c) => c.publisher && c.name)?.name ?? null,
    popularity: 0,
  });
}

/** The game page's data for a game IGDB just answered, while its write is still on the way to SQLite. */
export function toGameDetail(game: IgdbGame): GameDetail {
  const platformById = new Map(game.platforms.flatMap((p) => (p.name && p.slug ? [[p.id, { slug: p.slug, name: p.name }] as const] : [])));
  const publisher = game.companies.find((c) => c.publisher && c.name)?.name ?? null;
  const developer = game.companies.find((c) => c.developer && c.name)?.name ?? null;
  const dated = game.releases.flatMap((r) => {
    const platform = r.platformId === null ? undefined : platformById.get(r.platformId);
    return platform ? [{ platform, regions: r.region ? [r.region] : [], release_date: r.date }] : [];
  });
  const undated = [...platformById.values()]
    .filter((p) => !dated.some((r) => r.platform.slug === p.slug))
    .map((platform) => ({ platform, regions: [], release_date: game.firstReleaseDate }));
  const named = (credit: "publisher" | "developer") => [...new Set(game.companies.filter((c) => c[credit] && c.name).map((c) => c.name!))];
  return GameDetailSchema.parse({
    ...toGameSummary(game),
    alternative_titles: [...new Set(game.alternativeNames.filter((t) => t.trim() && t !== game.name))].sort(),
    publishers: named("publisher"),
    developers: named("developer"),
    releases: [...dated, ...undated]
      .sort((a, b) => a.platform.name.localeCompare(b.platform.name))
      .map((r) => ({ ...r, title: game.name, publisher, developer, serial: null, revision: null, status: null, is_parent: true })),
    updated_at: new Date().toISOString(),
  });
}
