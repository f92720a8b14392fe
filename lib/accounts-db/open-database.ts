import type { DatabaseBackend } from "./database-backend";
import { migrate, type MigrateOptions, type MigrateResult } from "./migrate";
import { openPglite } from "./pglite-backend";
import { openPostgres } from "./postgres-backend";
import { DEFAULT_MIGRATIONS_DIR, readMigrations, type MigrationFile } from "./read-migrations";

export interface OpenDatabaseOptions {
  /** A PostgreSQL server; without one, embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's data directory (ignored with databaseUrl); in memory when both are missing. */
  pgliteDir?: string;
  migrationsDir?: string;
}

export interface OpenedDatabase {
  backend: DatabaseBackend;
  /** Migrations this open applied (empty when the schema was current). */
  applied: string[];
}

/** Opens the accounts database and brings its schema up to date; closes it again if migrating fails. */
export async function openDatabase({
  databaseUrl,
  pgliteDir,
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
}: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const migrations = await readMigrations(migrationsDir);
  const backend = databaseUrl ? openPostgres(databaseUrl) : await openPglite(pgliteDir);
  try {
    const { applied } = await migrateBackend(backend, migrations);
    return { backend, applied };
  } catch (error) {
    await backend.close().catch(() => {}); // the migration error is the one worth reporting
    throw error;
  }
}

/** Runs the migration runner on a session of its own. */
export async function migrateBackend(
  backend: DatabaseBackend,
  migrations: readonly MigrationFile[],
  options?: MigrateOptions,
): Promise<MigrateResult> {
  const session = await backend.openSession();
  try {
    return await migrate(session, migrations, options);
  } finally {
    await session.release();
  }
}
