// The catalog's write path for games that come from IGDB (search leg, lookups, sync, refresh, webhook).
// Idempotent upserts keyed by IGDB id, one transaction per batch. Today callers write synchronously; the
// queue issue puts the instrumentation-hosted drainer in front of this same function.
import { z } from "zod";

import { fold, slugify } from "@/lib/text/fold";

import { titleKey } from "./import/title-key";
import type { CatalogDatabase } from "./open-catalog-database";

const nullableText = z.string().trim().min(1).nullable();

export const CatalogGameInputSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().trim().min(1),
  slug: nullableText,
  summary: nullableText,
  rating: z.number().min(0).max(100).nullable(),
  ratingCount: z.number().int().min(0).nullable(),
  coverImageId: nullableText,
  firstReleaseDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  firstReleaseYear: z.number().int().nullable(),
  /**
   * 0..100 when known (sync). Unknown (search leg, lookups): an existing row keeps its own, a new row gets
   * the catalog's lowest: a game IGDB found is no less notable than the least popular one we hold, and a 0
   * would let any popular fuzzy match outrank its exact title.
   */
  popularity: z.number().min(0).max(100).optional(),
  platforms: z.array(z.object({ id: z.number().int().positive(), name: nullableText, slug: nullableText })),
  releases: z.array(
    z.object({
      id: z.number().int().positive(),
      platformId: z.number().int().positive().nullable(),
      date: z.string().nullable(),
      year: z.number().int().nullable(),
      region: z.string().nullable(),
    }),
  ),
  companies: z.array(
    z.object({ id: z.number().int().positive(), name: nullableText, slug: nullableText, publisher: z.boolean(), developer: z.boolean() }),
  ),
  alternativeNames: z.array(z.string()),
  igdbUpdatedAt: z.number().int().nullable(),
  igdbChecksum: z.string().nullable(),
});
export type CatalogGameInput = z.infer<typeof CatalogGameInputSchema>;

const LEADING_ARTICLE = /^(the|a|an)\s+/i;

/** A slug no other row holds: IGDB's own, else one made from the name; the id settles a clash. */
function freeSlug(db: CatalogDatabase, table: "games" | "platforms" | "companies", id: number, wanted: string | null, name: string): string {
  const base = wanted ?? (slugify(fold(name)) || String(id));
  const holder = db.prepare(`SELECT id FROM ${table} WHERE slug = ?`).pluck().get(base) as number | undefined;
  return holder === undefined || holder === id ? base : `${base}-${id}`;
}

/** Writes the games (validated here: data crosses into the catalog through zod) in one transaction. */
export function upsertGames(db: CatalogDatabase, inputs: readonly unknown[]): number[] {
  const games = inputs.map((input) => CatalogGameInputSchema.parse(input));
  const upsertPlatform = db.prepare(
    "INSERT INTO platforms (id, slug, name) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
  );
  const upsertCompany = db.prepare(
    "INSERT INTO companies (id, slug, name) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
  );
  const knownPlatform = db.prepare("SELECT 1 FROM platforms WHERE id = ?").pluck();
  const knownCompany = db.prepare("SELECT 1 FROM companies WHERE id = ?").pluck();
  const upsertGame = db.prepare(`
    INSERT INTO games (id, slug, name, sort_name, summary, rating, rating_count, cover_image_id, first_release_date,
                       first_release_year, popularity, platform_count, release_count, region_count, source, anchor,
                       igdb_updated_at, igdb_checksum, synced_at, updated_at)
    VALUES (@id, @slug, @name, @sortName, @summary, @rating, @ratingCount, @coverImageId, @firstReleaseDate,
            @firstReleaseYear, coalesce(@popularity, (SELECT min(popularity) FROM games), 0), @platformCount, @releaseCount, @regionCount, 'igdb', 'igdb:' || @id,
            @igdbUpdatedAt, @igdbChecksum, @now, @now)
    ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, name = excluded.name, sort_name = excluded.sort_name,
      summary = excluded.summary, rating = excluded.rating, rating_count = excluded.rating_count,
      cover_image_id = excluded.cover_image_id, first_release_date = excluded.first_release_date,
      first_release_year = excluded.first_release_year, popularity = coalesce(@popularity, games.popularity),
      platform_count = excluded.platform_count, release_count = excluded.release_count, region_count = excluded.region_count,
      igdb_updated_at = excluded.igdb_updated_at, igdb_checksum = excluded.igdb_checksum, synced_at = excluded.synced_at,
      updated_at = excluded.updated_at`);
  const clearReleases = db.prepare("DELETE FROM releases WHERE game_id = ?");
  const clearTitles = db.prepare("DELETE FROM alternative_titles WHERE game_id = ?");
  const clearSearch = db.prepare("DELETE FROM game_search WHERE rowid = ?");
  const insertRelease = db.prepare(`
    INSERT INTO releases (game_id, platform_id, list, mame_name, parent_name, title, regions, release_date, year, publisher_id, developer_id)
    VALUES (?, ?, 'igdb', ?, '', ?, ?, ?, ?, ?, ?)
    ON CONFLICT (list, mame_name) DO UPDATE SET game_id = excluded.game_id, platform_id = excluded.platform_id,
      title = excluded.title, regions = excluded.regions, release_date = excluded.release_date, year = excluded.year,
      publisher_id = excluded.publisher_id, developer_id = excluded.developer_id`);
  const insertTitle = db.prepare("INSERT OR IGNORE INTO alternative_titles (game_id, title) VALUES (?, ?)");
  const insertSearch = db.prepare("INSERT INTO game_search (rowid, name, alt_titles) VALUES (?, ?, ?)");

  return db.transaction((): number[] => {
    const now = new Date().toISOString();
    const touchedPlatforms = new Set<number>();
    for (const game of games) {
      for (const p of game.platforms) {
        if (p.name) upsertPlatform.run(p.id, freeSlug(db, "platforms", p.id, p.slug, p.name), p.name);
      }
      for (const c of game.companies) {
        if (c.name) upsertCompany.run(c.id, freeSlug(db, "companies", c.id, c.slug, c.name), c.name);
      }
      const platformIds = game.platforms.map((p) => p.id).filter((id) => knownPlatform.get(id));
      const releases = game.releases.filter((r) => r.platformId !== null && knownPlatform.get(r.platformId));
      // A platform IGDB lists without a release date still belongs on the game's page and platform listings.
      const undated = platformIds.filter((id) => !releases.some((r) => r.platformId === id));
      const publisher = game.companies.find((c) => c.publisher && knownCompany.get(c.id))?.id ?? null;
      const developer = game.companies.find((c) => c.developer && knownCompany.get(c.id))?.id ?? null;
      upsertGame.run({
        id: game.id,
        slug: freeSlug(db, "games", game.id, game.slug, game.name),
        name: game.name,
        sortName: titleKey(game.name.replace(LEADING_ARTICLE, "")) || titleKey(game.name) || game.name.toLowerCase(),
        summary: game.summary,
        rating: game.rating,
        ratingCount: game.ratingCount,
        coverImageId: game.coverImageId,
        firstReleaseDate: game.firstReleaseDate,
        firstReleaseYear: game.firstReleaseYear,
        popularity: game.popularity ?? null,
        platformCount: new Set([...platformIds, ...releases.map((r) => r.platformId)]).size,
        releaseCount: releases.length + undated.length,
        regionCount: new Set(releases.map((r) => r.region).filter(Boolean)).size,
        igdbUpdatedAt: game.igdbUpdatedAt,
        igdbChecksum: game.igdbChecksum,
        now,
      });
      clearReleases.run(game.id);
      clearTitles.run(game.id);
      clearSearch.run(game.id);
      for (const r of releases) {
        insertRelease.run(game.id, r.platformId, `rd${r.id}`, game.name, r.region ?? "", r.date, r.year, publisher, developer);
        touchedPlatforms.add(r.platformId!);
      }
      for (const platformId of undated) {
        insertRelease.run(game.id, platformId, `g${game.id}p${platformId}`, game.name, "", game.firstReleaseDate, game.firstReleaseYear, publisher, developer);
        touchedPlatforms.add(platformId);
      }
      const titles = [...new Set(game.alternativeNames.filter((t) => t.trim() && t !== game.name))];
      for (const title of titles) insertTitle.run(game.id, title);
      insertSearch.run(game.id, titleKey(game.name), titles.map(titleKey).join(" | "));
    }
    const recount = db.prepare("UPDATE platforms SET game_count = (SELECT count(DISTINCT game_id) FROM releases WHERE platform_id = ?) WHERE id = ?");
    for (const id of touchedPlatforms) recount.run(id, id);
    return games.map((g) => g.id);
  })();
}

/** Removes games IGDB deleted (webhook). Releases, titles and the search row go with them. */
export function deleteGames(db: CatalogDatabase, ids: readonly number[]): number {
  return db.transaction((): number => {
    let removed = 0;
    for (const id of ids) {
      db.prepare("DELETE FROM game_search WHERE rowid = ?").run(id);
      removed += db.prepare("DELETE FROM games WHERE id = ?").run(id).changes;
    }
    if (removed > 0) db.exec("UPDATE platforms SET game_count = (SELECT count(DISTINCT game_id) FROM releases WHERE platform_id = platforms.id)");
    return removed;
  })();
}
