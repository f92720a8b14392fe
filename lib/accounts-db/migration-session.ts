// What the migration runner needs from a database: one session (a single connection) that can lock out other
// migrators, run statements and scripts, and wrap work in a transaction. PostgreSQL and PGlite implement it
// (postgres-backend.ts, pglite-backend.ts).

export type Row = Record<string, unknown>;

export interface SqlRunner {
  /** One statement with $1… parameters. */
  query<R extends Row = Row>(sql: string, params?: unknown[]): Promise<R[]>;
  /** A script of several statements without parameters (a migration.sql). */
  exec(script: string): Promise<void>;
}

export interface MigrationSession extends SqlRunner {
  /**
   * Waits until no other migrator runs against this database, then holds it off until unlock(). Throws after
   * timeoutMs so a stuck migrator elsewhere shows up as an error rather than a server that never starts.
   */
  lock(timeoutMs: number): Promise<void>;
  unlock(): Promise<void>;
  /** Runs fn in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Gives the connection back. */
  release(): Promise<void>;
}

/**
 * Prisma Migrate's own advisory lock key (its schema engine runs `SELECT pg_advisory_lock(72707369)`), so this
 * runner and `prisma migrate deploy` also exclude each other.
 */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;
