// Opens a catalog SQLite file with the pragmas we rely on and applies pending migrations.
// Shared by the server (lib/catalog/db.ts), the importer CLI and tests, so it must not import "server-only".
import Database from "better-sqlite3";

import { migrations } from "./migrations";

export type CatalogDatabase = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /**
   * The write drainer's own connection. Foreign keys are not enforced on it: checking four references per
   * release cost a third of the drain rate, and write-games.ts guarantees them itself (a release names only
   * a platform or company known in the same transaction, and removeGame deletes children explicitly).
   */
  writer?: boolean;
}

/**
 * WAL lets readers (every request) run beside the single writer (the importer, later the write drainer).
 * synchronous=NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commit,
 * which a re-import or the write queue's at-least-once delivery repairs.
 */
function applyPragmas(db: CatalogDatabase): void {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.pragma("temp_store = MEMORY");
  db.pragma("cache_size = -32000");
  db.pragma("mmap_size = 268435456");
}

export function migrate(db: CatalogDatabase): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`);
  const applied = new Set(db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[]);
  let count = 0;
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)").run(migration.version, migration.name);
    })();
    count++;
  }
  return count;
}

export function openCatalogDatabase(file: string, options: OpenOptions = {}): CatalogDatabase {
  if (options.readonly) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    return db;
  }
  const db = new Database(file);
  applyPragmas(db);
  migrate(db);
  if (options.writer) db.pragma("foreign_keys = OFF");
  return db;
}
