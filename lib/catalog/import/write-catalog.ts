// Writes grouped games into the catalog in one transaction. Re-running with the same data changes nothing:
// games are matched by their anchor (ids and slugs stay put), and their releases and titles are replaced.
import { fold, slugify } from "@/lib/text/fold";

import type { CatalogDatabase } from "../open-catalog-database";
import { assignSlugs } from "./assign-slugs";
import type { GameDraft } from "./build-game";
import type { PlatformInfo } from "./platforms";
import { companyKeys } from "./release-from-entry";
import { titleKey } from "./title-key";

export interface WriteStats {
  games: number;
  releases: number;
  platforms: number;
  companies: number;
  alternativeTitles: number;
}

function upsertPlatforms(db: CatalogDatabase, games: GameDraft[]): Map<string, number> {
  const platforms = new Map<string, PlatformInfo>();
  for (const g of games) for (const r of g.releases) platforms.set(r.platform.slug, r.platform);
  const insert = db.prepare(
    "INSERT INTO platforms (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id",
  );
  const ids = new Map<string, number>();
  for (const p of [...platforms.values()].sort((a, b) => a.slug.localeCompare(b.slug))) {
    ids.set(p.slug, (insert.get(p.slug, p.name) as { id: number }).id);
  }
  return ids;
}

/** Companies are deduplicated by their comparable key, so "Spectrum HoloByte" and "Spectrum Holobyte" are one. */
function upsertCompanies(db: CatalogDatabase, games: GameDraft[]): (name: string | null) => number | null {
  const insert = db.prepare("INSERT INTO companies (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = name RETURNING id");
  const ids = new Map<string, number>();
  const idFor = (written: string | null): number | null => {
    // "Capcom / Sega" co-publishing credits the first company: releases have one publisher column.
    const name = written?.split(/\s+\/\s+/)[0]?.trim();
    if (!name) return null;
    const key = companyKeys(name)[0] ?? fold(name);
    let id = ids.get(key);
    if (id === undefined) {
      id = (insert.get(slugify(key) || key, name) as { id: number }).id;
      ids.set(key, id);
    }
    return id;
  };
  for (const g of games) {
    for (const r of g.releases) {
      idFor(r.publisher);
      idFor(r.developer);
    }
  }
  return idFor;
}

function assignIds(db: CatalogDatabase, games: GameDraft[]): Map<GameDraft, number> {
  const existing = new Map(
    (db.prepare("SELECT anchor, id FROM games").all() as Array<{ anchor: string; id: number }>).map((r) => [r.anchor, r.id]),
  );
  let next = ((db.prepare("SELECT max(id) AS m FROM games").get() as { m: number | null }).m ?? 0) + 1;
  const ids = new Map<GameDraft, number>();
  for (const g of [...games].sort((a, b) => (a.anchor < b.anchor ? -1 : 1))) ids.set(g, existing.get(g.anchor) ?? next++);
  return ids;
}

export function writeCatalog(db: CatalogDatabase, games: GameDraft[], popularity: Map<GameDraft, number>): WriteStats {
  return db.transaction((): WriteStats => {
    const platformIds = upsertPlatforms(db, games);
    const companyId = upsertCompanies(db, games);
    const ids = assignIds(db, games);
    const anchors = new Set(games.map((g) => g.anchor));
    const stale = (db.prepare("SELECT id, anchor FROM games WHERE source = 'mame'").all() as Array<{ id: number; anchor: string }>).filter(
      (r) => !anchors.has(r.anchor),
    );
    const remove = db.prepare("DELETE FROM games WHERE id = ?");
    for (const r of stale) remove.run(r.id);

    const takenSlugs = new Set(db.prepare("SELECT slug FROM games WHERE source <> 'mame'").pluck().all() as string[]);
    const slugs = assignSlugs(
      games.map((g) => ({
        id: ids.get(g)!,
        name: g.name,
        popularity: popularity.get(g) ?? 0,
        platformSlug: g.releases[0]!.platform.slug,
        year: g.firstReleaseYear,
      })),
      takenSlugs,
    );
    // Slugs may move between games on re-import; clear them first so the UNIQUE index never sees a swap midway.
    db.prepare("UPDATE games SET slug = '~' || id WHERE source = 'mame'").run();

    const upsertGame = db.prepare(`
      INSERT INTO games (id, slug, name, sort_name, first_release_date, first_release_year, popularity,
                         platform_count, release_count, region_count, source, anchor)
      VALUES (@id, @slug, @name, @sortName, @firstReleaseDate, @firstReleaseYear, @popularity,
              @platformCount, @releaseCount, @regionCount, 'mame', @anchor)
      ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, name = excluded.name, sort_name = excluded.sort_name,
        first_release_date = excluded.first_release_date, first_release_year = excluded.first_release_year,
        popularity = excluded.popularity, platform_count = excluded.platform_count,
        release_count = excluded.release_count, region_count = excluded.region_count`);
    const clearReleases = db.prepare("DELETE FROM releases WHERE game_id = ?");
    const clearTitles = db.prepare("DELETE FROM alternative_titles WHERE game_id = ?");
    const clearSearch = db.prepare("DELETE FROM game_search WHERE rowid = ?");
    const insertRelease = db.prepare(`
      INSERT INTO releases (game_id, platform_id, list, mame_name, parent_name, title, regions, revision, status, tags,
                            release_date, year, publisher_id, developer_id, serial, supported)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (list, mame_name) DO UPDATE SET game_id = excluded.game_id, title = excluded.title`);
    const insertTitle = db.prepare("INSERT OR IGNORE INTO alternative_titles (game_id, title) VALUES (?, ?)");
    const insertSearch = db.prepare("INSERT INTO game_search (rowid, name, alt_titles) VALUES (?, ?, ?)");

    const stats: WriteStats = { games: 0, releases: 0, platforms: platformIds.size, companies: 0, alternativeTitles: 0 };
    for (const g of games) {
      const id = ids.get(g)!;
      upsertGame.run({
        id,
        slug: slugs.get(id)!,
        name: g.name,
        sortName: g.sortName,
        firstReleaseDate: g.firstReleaseDate,
        firstReleaseYear: g.firstReleaseYear,
        popularity: popularity.get(g) ?? 0,
        platformCount: g.platformCount,
        releaseCount: g.releases.length,
        regionCount: g.regionCount,
        anchor: g.anchor,
      });
      clearReleases.run(id);
      clearTitles.run(id);
      clearSearch.run(id);
      for (const r of g.releases) {
        insertRelease.run(
          id,
          platformIds.get(r.platform.slug)!,
          r.list,
          r.mameName,
          r.parentName,
          r.title,
          r.regions.join(", "),
          r.revision,
          r.status,
          r.tags.join(" · "),
          r.releaseDate,
          r.year,
          companyId(r.publisher),
          companyId(r.developer),
          r.serial,
          r.supported ? 1 : 0,
        );
      }
      for (const title of g.altTitles) insertTitle.run(id, title);
      insertSearch.run(id, titleKey(g.name), g.altTitles.map(titleKey).join(" | "));
      stats.games++;
      stats.releases += g.releases.length;
      stats.alternativeTitles += g.altTitles.length;
    }
    db.exec(`UPDATE platforms SET game_count = (SELECT count(DISTINCT game_id) FROM releases WHERE platform_id = platforms.id);
             DELETE FROM platforms WHERE game_count = 0;
             DELETE FROM companies WHERE id NOT IN (SELECT publisher_id FROM releases WHERE publisher_id IS NOT NULL
                                                    UNION SELECT developer_id FROM releases WHERE developer_id IS NOT NULL);`);
    stats.companies = (db.prepare("SELECT count(*) FROM companies").pluck().get() as number) ?? 0;
    return stats;
  })();
}
