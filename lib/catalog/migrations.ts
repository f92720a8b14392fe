// Versioned schema of the catalog replica. Append new migrations; never edit an applied one.
// Kept as TypeScript (not .sql files) so the Next.js server bundle carries them without file tracing.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: "catalog",
    sql: `
      CREATE TABLE platforms (
        id          INTEGER PRIMARY KEY,
        slug        TEXT NOT NULL UNIQUE,
        name        TEXT NOT NULL,
        game_count  INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE companies (
        id    INTEGER PRIMARY KEY,
        slug  TEXT NOT NULL UNIQUE,
        name  TEXT NOT NULL
      );
      CREATE TABLE games (
        id                  INTEGER PRIMARY KEY,
        slug                TEXT NOT NULL UNIQUE,
        name                TEXT NOT NULL,
        sort_name           TEXT NOT NULL,
        summary             TEXT,
        rating              REAL,
        cover_image_id      TEXT,
        first_release_date  TEXT,
        first_release_year  INTEGER,
        popularity          REAL NOT NULL DEFAULT 0,
        platform_count      INTEGER NOT NULL DEFAULT 0,
        release_count       INTEGER NOT NULL DEFAULT 0,
        region_count        INTEGER NOT NULL DEFAULT 0,
        source              TEXT NOT NULL DEFAULT 'mame',
        anchor              TEXT NOT NULL UNIQUE,
        updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX games_popularity ON games (popularity DESC);
      CREATE INDEX games_year ON games (first_release_year);
      CREATE TABLE releases (
        id            INTEGER PRIMARY KEY,
        game_id       INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        platform_id   INTEGER NOT NULL REFERENCES platforms (id),
        list          TEXT NOT NULL,
        mame_name     TEXT NOT NULL,
        parent_name   TEXT NOT NULL,
        title         TEXT NOT NULL,
        regions       TEXT NOT NULL DEFAULT '',
        revision      TEXT,
        status        TEXT,
        tags          TEXT NOT NULL DEFAULT '',
        release_date  TEXT,
        year          INTEGER,
        publisher_id  INTEGER REFERENCES companies (id),
        developer_id  INTEGER REFERENCES companies (id),
        serial        TEXT,
        supported     INTEGER NOT NULL DEFAULT 1,
        UNIQUE (list, mame_name)
      );
      CREATE INDEX releases_game ON releases (game_id);
      CREATE INDEX releases_platform_game ON releases (platform_id, game_id);
      CREATE INDEX releases_publisher ON releases (publisher_id);
      CREATE TABLE alternative_titles (
        game_id  INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        title    TEXT NOT NULL,
        PRIMARY KEY (game_id, title)
      ) WITHOUT ROWID;
      -- Folded names and alternative titles; rowid = games.id. The search engine ranks in memory; this
      -- index serves SQL-side lookups and is the plain-FTS5 baseline of bench:search.
      CREATE VIRTUAL TABLE game_search USING fts5 (name, alt_titles, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TABLE catalog_meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: "igdb_sync",
    sql: `
      -- IGDB's own version of each row (updated_at in unix seconds, checksum) and when we last fetched it:
      -- the stale refresh re-fetches only games whose upstream version moved on.
      ALTER TABLE games ADD COLUMN igdb_updated_at INTEGER;
      ALTER TABLE games ADD COLUMN igdb_checksum TEXT;
      ALTER TABLE games ADD COLUMN synced_at TEXT;
      ALTER TABLE games ADD COLUMN rating_count INTEGER;
      CREATE INDEX games_synced_at ON games (synced_at);
    `,
  },
  {
    version: 3,
    name: "search_analytics",
    sql: `
      -- Hourly search analytics, written by the rollup job through the catalog write queue. One row per
      -- rollup run, hour and query (or source): a write delivered twice inserts nothing new; reads sum.
      CREATE TABLE search_query_stats (
        rollup_id     TEXT NOT NULL,
        hour          INTEGER NOT NULL,
        query         TEXT NOT NULL,
        searches      INTEGER NOT NULL,
        zero_results  INTEGER NOT NULL,
        total_ms      REAL NOT NULL,
        PRIMARY KEY (rollup_id, hour, query)
      ) WITHOUT ROWID;
      CREATE INDEX search_query_stats_hour ON search_query_stats (hour, query);
      CREATE TABLE search_source_stats (
        rollup_id  TEXT NOT NULL,
        hour       INTEGER NOT NULL,
        source     TEXT NOT NULL,
        searches   INTEGER NOT NULL,
        total_ms   REAL NOT NULL,
        p50_ms     REAL NOT NULL,
        p95_ms     REAL NOT NULL,
        max_ms     REAL NOT NULL,
        PRIMARY KEY (rollup_id, hour, source)
      ) WITHOUT ROWID;
      CREATE INDEX search_source_stats_hour ON search_source_stats (hour);
    `,
  },
  {
    version: 4,
    name: "game_curation",
    sql: `
      -- Admin overrides of what IGDB says, applied when games are read (COALESCE over a LEFT JOIN): the sync,
      -- refresh and webhook rewrite games rows from IGDB, so edits stored there would be undone by the next
      -- sync. NULL columns mean "as IGDB has it". featured_at orders the home page's featured shelf.
      CREATE TABLE game_curation (
        game_id         INTEGER PRIMARY KEY,
        name            TEXT,
        summary         TEXT,
        cover_image_id  TEXT,
        featured_at     TEXT,
        hidden          INTEGER NOT NULL DEFAULT 0,
        updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_by      TEXT
      );
      CREATE INDEX game_curation_featured ON game_curation (featured_at) WHERE featured_at IS NOT NULL;
      CREATE INDEX game_curation_hidden ON game_curation (game_id) WHERE hidden = 1;
    `,
  },
];
