// The SQL behind the catalog write queue (lib/catalog-writes): idempotent upserts and deletes of games that
// come from IGDB, keyed by IGDB id. Only the queue's drainer calls these, inside its batch transaction.
import type BetterSqlite3 from "better-sqlite3";
import { z } from "zod";

import { fold, slugify } from "@/lib/text/fold";

import { titleKey } from "./import/title-key";
import type { CatalogDatabase } from "./open-catalog-database";

type Statement = BetterSqlite3.Statement<unknown[]>;

const nullableText = z.string().trim().min(1).nullable();

export const CatalogGameInputSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().trim().min(1),
  slug: nullableText,
  summary: nullableText,
  rating: z.number().min(0).max(100).nullable(),
  ratingCount: z.number().int().min(0).nullable(),
  coverImageId: nullableText,
  firstReleaseDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
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

/** The key games sort by under "name": folded, without a leading article. */
export function sortNameOf(name: string): string {
  return titleKey(name.replace(LEADING_ARTICLE, "")) || titleKey(name) || name.toLowerCase();
}

/** A slug no other row holds: IGDB's own, else one made from the name; the id settles a clash. */
function freeSlug(
  db: CatalogDatabase,
  table: "games" | "platforms" | "companies",
  id: number,
  wanted: string | null,
  name: string,
): string {
  const base = wanted ?? (slugify(fold(name)) || String(id));
  const holder = statements(db).slugHolder[table].get(base) as number | undefined;
  return holder === undefined || holder === id ? base : `${base}-${id}`;
}

interface GameStatements {
  upsertPlatform: Statement;
  upsertCompany: Statement;
  knownPlatform: Statement;
  knownCompany: Statement;
  upsertGame: Statement;
  clearReleases: Statement;
  clearTitles: Statement;
  clearSearch: Statement;
  insertRelease: Statement;
  insertTitle: Statement;
  insertSearch: Statement;
  platformsOf: Statement;
  slugOf: Statement;
  versionOf: Statement;
  deleteGame: Statement;
  markSynced: Statement;
  shiftCount: Statement;
  slugHolder: Record<"games" | "platforms" | "companies", Statement>;
}

// Prepared once per connection: preparing fifteen statements per batch cost more than small batches' writes.
const statementsByDb = new WeakMap<CatalogDatabase, GameStatements>();

function statements(db: CatalogDatabase): GameStatements {
  let prepared = statementsByDb.get(db);
  if (prepared) return prepared;
  prepared = {
    upsertPlatform: db.prepare(
      "INSERT INTO platforms (id, slug, name) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
    ),
    upsertCompany: db.prepare(
      "INSERT INTO companies (id, slug, name) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
    ),
    knownPlatform: db.prepare("SELECT 1 FROM platforms WHERE id = ?").pluck(),
    knownCompany: db.prepare("SELECT 1 FROM companies WHERE id = ?").pluck(),
    upsertGame: db.prepare(`
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
        updated_at = excluded.updated_at`),
    clearReleases: db.prepare("DELETE FROM releases WHERE game_id = ?"),
    clearTitles: db.prepare("DELETE FROM alternative_titles WHERE game_id = ?"),
    clearSearch: db.prepare("DELETE FROM game_search WHERE rowid = ?"),
    insertRelease: db.prepare(`
      INSERT INTO releases (game_id, platform_id, list, mame_name, parent_name, title, regions, release_date, year, publisher_id, developer_id)
      VALUES (?, ?, 'igdb', ?, '', ?, ?, ?, ?, ?, ?)
      ON CONFLICT (list, mame_name) DO UPDATE SET game_id = excluded.game_id, platform_id = excluded.platform_id,
        title = excluded.title, regions = excluded.regions, release_date = excluded.release_date, year = excluded.year,
        publisher_id = excluded.publisher_id, developer_id = excluded.developer_id`),
    insertTitle: db.prepare("INSERT OR IGNORE INTO alternative_titles (game_id, title) VALUES (?, ?)"),
    insertSearch: db.prepare("INSERT INTO game_search (rowid, name, alt_titles) VALUES (?, ?, ?)"),
    platformsOf: db.prepare("SELECT DISTINCT platform_id FROM releases WHERE game_id = ?").pluck(),
    deleteGame: db.prepare("DELETE FROM games WHERE id = ?"),
    slugOf: db.prepare("SELECT slug FROM games WHERE id = ?").pluck(),
    versionOf: db.prepare("SELECT igdb_updated_at, igdb_checksum FROM games WHERE id = ?"),
    markSynced: db.prepare("UPDATE games SET synced_at = @now, popularity = coalesce(@popularity, popularity) WHERE id = @id"),
    shiftCount: db.prepare("UPDATE platforms SET game_count = max(0, game_count + ?) WHERE id = ?"),
    slugHolder: {
      games: db.prepare("SELECT id FROM games WHERE slug = ?").pluck(),
      platforms: db.prepare("SELECT id FROM platforms WHERE slug = ?").pluck(),
      companies: db.prepare("SELECT id FROM companies WHERE slug = ?").pluck(),
    },
  };
  statementsByDb.set(db, prepared);
  return prepared;
}

/**
 * State shared by the writes of one batch transaction: platforms and companies already written or known in
 * this batch are not written or looked up again (a sync batch names the same few platforms hundreds of
 * times), and platform game counts move by deltas applied once at the end instead of recounting.
 */
export class GameWriteBatch {
  readonly platformDelta = new Map<number, number>();
  private readonly known = { platforms: new Map<number, boolean>(), companies: new Map<number, boolean>() };
  readonly now = new Date().toISOString();

  constructor(private readonly db: CatalogDatabase) {}

  ensure(kind: "platforms" | "companies", id: number, slug: string | null, name: string | null): void {
    if (!name || this.known[kind].get(id)) return;
    const s = statements(this.db);
    (kind === "platforms" ? s.upsertPlatform : s.upsertCompany).run(id, freeSlug(this.db, kind, id, slug, name), name);
    this.known[kind].set(id, true);
  }

  isKnown(kind: "platforms" | "companies", id: number): boolean {
    let known = this.known[kind].get(id);
    if (known === undefined) {
      const s = statements(this.db);
      known = Boolean((kind === "platforms" ? s.knownPlatform : s.knownCompany).get(id));
      this.known[kind].set(id, known);
    }
    return known;
  }

  move(platformIds: Iterable<number>, by: 1 | -1): void {
    for (const id of platformIds) this.platformDelta.set(id, (this.platformDelta.get(id) ?? 0) + by);
  }

  /** Applies the platform count deltas; call once, last in the transaction. */
  finish(): void {
    const { shiftCount } = statements(this.db);
    for (const [id, delta] of this.platformDelta) if (delta !== 0) shiftCount.run(delta, id);
  }
}

/**
 * Writes a game already validated by CatalogGameInputSchema; the caller owns the batch's transaction.
 * The same IGDB version again (a redelivery after a crash, a sync of an unchanged game) only refreshes
 * synced_at and popularity; a game new to the replica skips the clean-up of children it cannot have.
 */
export function writeGame(db: CatalogDatabase, game: CatalogGameInput, batch: GameWriteBatch): "inserted" | "updated" | "unchanged" {
  const s = statements(db);
  const stored = s.versionOf.get(game.id) as { igdb_updated_at: number | null; igdb_checksum: string | null } | undefined;
  if (stored && game.igdbChecksum !== null && stored.igdb_checksum === game.igdbChecksum && stored.igdb_updated_at === game.igdbUpdatedAt) {
    markGameSynced(db, game.id, game.popularity ?? null, batch.now);
    return "unchanged";
  }
  for (const p of game.platforms) batch.ensure("platforms", p.id, p.slug, p.name);
  for (const c of game.companies) batch.ensure("companies", c.id, c.slug, c.name);
  const platformIds = game.platforms.map((p) => p.id).filter((id) => batch.isKnown("platforms", id));
  const releases = game.releases.filter((r) => r.platformId !== null && batch.isKnown("platforms", r.platformId));
  // A platform IGDB lists without a release date still belongs on the game's page and platform listings.
  const undated = platformIds.filter((id) => !releases.some((r) => r.platformId === id));
  const publisher = game.companies.find((c) => c.publisher && batch.isKnown("companies", c.id))?.id ?? null;
  const developer = game.companies.find((c) => c.developer && batch.isKnown("companies", c.id))?.id ?? null;
  if (stored) batch.move(s.platformsOf.all(game.id) as number[], -1);
  const newPlatforms = new Set([...platformIds, ...releases.map((r) => r.platformId!)]);
  batch.move(newPlatforms, 1);
  s.upsertGame.run({
    id: game.id,
    slug: freeSlug(db, "games", game.id, game.slug, game.name),
    name: game.name,
    sortName: sortNameOf(game.name),
    summary: game.summary,
    rating: game.rating,
    ratingCount: game.ratingCount,
    coverImageId: game.coverImageId,
    firstReleaseDate: game.firstReleaseDate,
    firstReleaseYear: game.firstReleaseYear,
    popularity: game.popularity ?? null,
    platformCount: newPlatforms.size,
    releaseCount: releases.length + undated.length,
    regionCount: new Set(releases.map((r) => r.region).filter(Boolean)).size,
    igdbUpdatedAt: game.igdbUpdatedAt,
    igdbChecksum: game.igdbChecksum,
    now: batch.now,
  });
  if (stored) {
    s.clearReleases.run(game.id);
    s.clearTitles.run(game.id);
    s.clearSearch.run(game.id);
  }
  for (const r of releases) {
    s.insertRelease.run(game.id, r.platformId, `rd${r.id}`, game.name, r.region ?? "", r.date, r.year, publisher, developer);
  }
  for (const platformId of undated) {
    s.insertRelease.run(
      game.id,
      platformId,
      `g${game.id}p${platformId}`,
      game.name,
      "",
      game.firstReleaseDate,
      game.firstReleaseYear,
      publisher,
      developer,
    );
  }
  const titles = [...new Set(game.alternativeNames.filter((t) => t.trim() && t !== game.name))];
  for (const title of titles) s.insertTitle.run(game.id, title);
  s.insertSearch.run(game.id, titleKey(game.name), titles.map(titleKey).join(" | "));
  return stored ? "updated" : "inserted";
}

/** Removes a game IGDB deleted, with its releases, titles and search row. Its slug, null when absent. */
export function removeGame(db: CatalogDatabase, id: number, batch: GameWriteBatch): string | null {
  const s = statements(db);
  const slug = (s.slugOf.get(id) as string | undefined) ?? null;
  batch.move(s.platformsOf.all(id) as number[], -1);
  // Explicit rather than ON DELETE CASCADE: the writer connection does not enforce foreign keys.
  s.clearReleases.run(id);
  s.clearTitles.run(id);
  s.clearSearch.run(id);
  s.deleteGame.run(id);
  return slug;
}

/** Records that IGDB still has this version (sync, refresh): the row is fresh again; popularity when known. */
export function markGameSynced(db: CatalogDatabase, id: number, popularity: number | null, now: string): boolean {
  return statements(db).markSynced.run({ id, popularity, now }).changes > 0;
}
