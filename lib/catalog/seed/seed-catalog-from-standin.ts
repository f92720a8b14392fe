// Zero-config seeding: the local replica starts with the most popular slice of the stand-in's catalog,
// copied table by table (same ids, so the stand-in and the replica agree). The rest stays upstream-only
// and reaches the replica through the IGDB leg: searches, game lookups and `npm run igdb:sync`.
import type { CatalogDatabase } from "../open-catalog-database";

export interface SeedResult {
  games: number;
  upstreamOnly: number;
  ms: number;
}

const SEED_KEY = "seed.standin_games";

/**
 * Copies the `limit` most popular games (ties by id) with their releases, titles, platforms and companies.
 * Runs only on an empty replica: seeding never overwrites what the IGDB leg or the sync already wrote.
 */
export function seedCatalogFromStandin(db: CatalogDatabase, standinFile: string, limit: number): SeedResult {
  const started = performance.now();
  db.prepare("ATTACH DATABASE ? AS upstream").run(standinFile);
  try {
    const seeded = db.transaction((): SeedResult => {
      const total = db.prepare("SELECT count(*) FROM upstream.games").pluck().get() as number;
      db.exec("DROP TABLE IF EXISTS temp.seed_ids; CREATE TEMP TABLE seed_ids (id INTEGER PRIMARY KEY)");
      db.prepare("INSERT INTO temp.seed_ids SELECT id FROM upstream.games ORDER BY popularity DESC, id LIMIT ?").run(limit);
      db.exec(`
        INSERT INTO platforms (id, slug, name) SELECT id, slug, name FROM upstream.platforms
          WHERE id IN (SELECT platform_id FROM upstream.releases WHERE game_id IN temp.seed_ids);
        INSERT INTO companies (id, slug, name) SELECT id, slug, name FROM upstream.companies
          WHERE id IN (SELECT publisher_id FROM upstream.releases WHERE game_id IN temp.seed_ids
                       UNION SELECT developer_id FROM upstream.releases WHERE game_id IN temp.seed_ids);
        INSERT INTO games SELECT * FROM upstream.games WHERE id IN temp.seed_ids;
        INSERT INTO releases SELECT * FROM upstream.releases WHERE game_id IN temp.seed_ids;
        INSERT INTO alternative_titles SELECT * FROM upstream.alternative_titles WHERE game_id IN temp.seed_ids;
        INSERT INTO game_search (rowid, name, alt_titles)
          SELECT rowid, name, alt_titles FROM upstream.game_search WHERE rowid IN temp.seed_ids;
        -- Seeded rows count as synced now: the stale refresh re-fetches one only once IGDB changes it.
        UPDATE games SET synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), igdb_updated_at = CAST(strftime('%s', 'now') AS INTEGER);
        UPDATE platforms SET game_count = (SELECT count(DISTINCT game_id) FROM releases WHERE platform_id = platforms.id);
        INSERT OR REPLACE INTO catalog_meta (key, value)
          SELECT key, value FROM upstream.catalog_meta WHERE key LIKE 'import.%';
        DROP TABLE temp.seed_ids;
      `);
      const games = db.prepare("SELECT count(*) FROM games").pluck().get() as number;
      db.prepare("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, ?)").run(SEED_KEY, String(games));
      return { games, upstreamOnly: total - games, ms: 0 };
    })();
    return { ...seeded, ms: performance.now() - started };
  } finally {
    db.exec("DETACH DATABASE upstream");
  }
}
