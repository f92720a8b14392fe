// A real PostgreSQL server (DATABASE_URL): one pg pool shared by Prisma's driver adapter and the migration runner.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient } from "@/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import type { DatabaseBackend } from "./database-backend";
import { PRISMA_MIGRATE_LOCK_KEY, type MigrationSession, type SqlRunner } from "./migration-session";

const LOCK_POLL_MS = 100;

export function openPostgres(url: string): DatabaseBackend {
  const pool = new pg.Pool({ connectionString: url });
  // pg emits 'error' when an idle connection dies (server restart, network); unhandled, that ends the process.
  // The pool replaces the connection on next use, so a log line is all it needs.
  pool.on("error", (err) => logger.warn({ err }, "postgres: idle connection lost"));
  const adapter = new PrismaPg(pool);
  const prisma = new PrismaClient({ adapter });
  return {
    kind: "postgres",
    prisma,
    adapter,
    openSession: async () => pgSession(await pool.connect()),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

// The advisory lock belongs to a connection, so everything a migration does runs on this one client.
function pgSession(client: pg.PoolClient): MigrationSession {
  const onError = (err: Error) => logger.warn({ err }, "postgres: migration connection lost");
  client.on("error", onError);
  const run: SqlRunner = {
    query: async <R extends Record<string, unknown>>(sql: string, params?: unknown[]) => (await client.query<R>(sql, params)).rows,
    // Without parameters pg uses the simple query protocol, which accepts several statements at once.
    exec: async (script) => void (await client.query(script)),
  };
  return {
    ...run,
    // Polling pg_try_advisory_lock rather than blocking in pg_advisory_lock gives a deadline and an error.
    async lock(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await run.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PRISMA_MIGRATE_LOCK_KEY]);
        if (row?.locked) return;
        if (Date.now() >= deadline) {
          throw new Error(`Another process has held the migration lock for ${timeoutMs} ms (pg_advisory_lock ${PRISMA_MIGRATE_LOCK_KEY})`);
        }
        await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
      }
    },
    unlock: async () => void (await run.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY])),
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        const result = await fn(run);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {}); // a dead connection has rolled back already
        throw error;
      }
    },
    async release() {
      client.off("error", onError);
      client.release();
    },
  };
}
