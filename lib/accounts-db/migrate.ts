// Applies prisma/migrations to the accounts database and records them in `_prisma_migrations` exactly as Prisma
// Migrate does (table, columns, checksums, advisory lock key), so `prisma migrate deploy|status` agree with it
// wherever the CLI can run (tests/accounts-db/prisma-agreement.test.ts checks this against Prisma's own engine).
// Differences from the CLI, on purpose: each migration runs in its own transaction, so a failure leaves nothing
// half-applied and is recorded as rolled back (the next start retries it); and an applied migration whose file
// changed stops the start instead of drifting silently.
import { randomUUID } from "node:crypto";

import type { MigrationSession } from "./migration-session";
import { migrationChecksum, type MigrationFile } from "./read-migrations";

export interface MigrateOptions {
  /** How long to wait for another process that is migrating the same database. */
  lockTimeoutMs?: number;
}

export interface MigrateResult {
  /** Names applied by this call, in order; empty when the database was up to date. */
  applied: string[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

// Prisma's DDL for PostgreSQL, column for column (IF NOT EXISTS added: we create it under the lock on every run).
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

interface RecordedMigration extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  logs: string | null;
}

/**
 * Applies the migrations the database lacks, in order, under Prisma's advisory lock; safe to call from every
 * process at start (one applies, the others wait and then find nothing to do).
 *
 * @example
 * const session = await backend.openSession();
 * try { await migrate(session, await readMigrations()); } finally { await session.release(); }
 */
export async function migrate(
  session: MigrationSession,
  migrations: readonly MigrationFile[],
  { lockTimeoutMs = 60_000 }: MigrateOptions = {},
): Promise<MigrateResult> {
  await session.lock(lockTimeoutMs);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    // Rolled-back attempts stay in the table as history and count for nothing, as with Prisma.
    const recorded = await session.query<RecordedMigration>(
      `SELECT migration_name, checksum, finished_at, logs FROM _prisma_migrations
       WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    assertHistoryUsable(recorded, migrations);
    const done = new Set(recorded.map((r) => r.migration_name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await applyMigration(session, migration);
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    await session.unlock();
  }
}

function assertHistoryUsable(recorded: RecordedMigration[], migrations: readonly MigrationFile[]): void {
  // Left by the CLI (which does not use a transaction): the database may be half-migrated, and only a person
  // can tell. Same rule as Prisma's P3009.
  const failed = recorded.find((r) => r.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and was not rolled back; fix the database, then mark it ` +
        `with \`prisma migrate resolve\`. Its log: ${failed.logs ?? "(none)"}`,
    );
  }
  const onDisk = new Map(migrations.map((m) => [m.name, m]));
  for (const r of recorded) {
    const file = onDisk.get(r.migration_name);
    if (file && !checksumMatches(r.checksum, file)) {
      throw new MigrationError(
        `Migration ${r.migration_name} was edited after it was applied to this database. Put the change in a new ` +
          `migration (npm run db:migration -- <name>) and restore the old file.`,
      );
    }
  }
}

// A checkout that turned LF into CRLF (git on Windows) changes the bytes, not the migration.
function checksumMatches(recorded: string, file: MigrationFile): boolean {
  return recorded === file.checksum || recorded === migrationChecksum(file.sql.replace(/\r\n/g, "\n"));
}

async function applyMigration(session: MigrationSession, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  try {
    await session.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, $3, clock_timestamp(), 0)`,
        [id, migration.checksum, migration.name],
      );
      await tx.exec(migration.sql);
      // clock_timestamp(): now() would be the transaction's start, making every migration look instant.
      await tx.query(`UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
    });
  } catch (error) {
    const log = describeError(error);
    // The transaction took the migration's changes with it, so the attempt is recorded as rolled back (the CLI's
    // `migrate resolve --rolled-back` state): the cause stays visible and the next start tries again.
    await session
      .query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, started_at, rolled_back_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, clock_timestamp(), clock_timestamp(), 0)`,
        [id, migration.checksum, migration.name, log],
      )
      .catch(() => {}); // a lost connection fails this too; the migration's own error is the one to report
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${log}`, { cause: error });
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.message} (SQLSTATE ${code})` : error.message;
}
