import "server-only";

import path from "node:path";

import type { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

import type { DatabaseBackend } from "./database-backend";
import { openDatabase } from "./open-database";

// One database per server process (lib/process-singleton.ts), so Next's dev reloads reuse it: a second PGlite
// on the same directory would be refused (lock-data-dir.ts), and a second pool would leak connections.
const KEY = "questlogAccountsDb";

/**
 * The accounts database (PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR/pglite), migrated on first use.
 * Async so that no query can run before the schema is current; later calls resolve at once.
 *
 * @example
 * const db = await getDb();
 * const entries = await db.libraryEntry.findMany({ where: { userId } });
 */
export async function getDb(): Promise<PrismaClient> {
  const opening = processSingleton(KEY, () =>
    open().catch((error: unknown) => {
      dropProcessSingleton(KEY); // let the next call try again (database still starting, say)
      throw error;
    }),
  );
  return (await opening).prisma;
}

/** The backend if this process opened (or is opening) one, without opening it: bench:memory reads PGlite's size. */
export function peekAccountsBackend(): Promise<DatabaseBackend> | undefined {
  return peekProcessSingleton<Promise<DatabaseBackend>>(KEY);
}

/** Closes the database if it was opened (graceful shutdown, tests); the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const opening = dropProcessSingleton<Promise<DatabaseBackend>>(KEY);
  const backend = await opening?.catch(() => undefined); // a failed open has nothing to close
  await backend?.close();
}

async function open(): Promise<DatabaseBackend> {
  const env = getEnv();
  const pgliteDir = path.join(env.DATA_DIR, "pglite");
  const started = performance.now();
  const { backend, applied } = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir });
  logger.info(
    {
      backend: backend.kind,
      ...(backend.kind === "pglite" ? { dir: pgliteDir } : {}),
      applied,
      ms: Math.round(performance.now() - started),
    },
    "accounts database ready",
  );
  return backend;
}
