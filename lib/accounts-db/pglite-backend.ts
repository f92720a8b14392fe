// Embedded PostgreSQL (PGlite, compiled to WebAssembly) for zero-configuration installs: same SQL, same
// migrations, same Prisma client as the real server, with its files under DATA_DIR/pglite.
import { existsSync } from "node:fs";
import path from "node:path";

import { Mutex, PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { PrismaClient } from "@/generated/prisma/client";
import { collectGarbage } from "@/lib/collect-garbage";

import type { DatabaseBackend } from "./database-backend";
import { lockDataDir } from "./lock-data-dir";
import type { MigrationSession, SqlRunner } from "./migration-session";

/**
 * Postgres's default 128 MB of shared buffers, all touched in WASM memory, made PGlite the largest part of the
 * web process (189 MB of WASM memory, about 280 MB of RSS with its compiled code). The accounts database of
 * one site is a few MB; 16 MB of buffers hold all of it. bench:memory measures the difference (docs/memory.md).
 */
const START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * A new data directory is made by initdb, whose own WASM instance (about 300 MB) stays in memory as long as the
 * PGlite that ran it: the first start closes that one and opens the directory again, as every later start does.
 * Closed, that memory is garbage V8 has no reason to collect soon (WASM memory is not heap growth): bench:memory
 * found it still resident after warm-up (955 MB RSS against 530 on a later start), so it is collected here, once.
 */
async function createPglite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir && !existsSync(path.join(dataDir, "PG_VERSION"))) {
    await (await PGlite.create(dataDir, { startParams: START_PARAMS })).close();
    collectGarbage();
  }
  return PGlite.create(dataDir ?? "memory://", { startParams: START_PARAMS });
}

/** Opens PGlite with its data in `dataDir` (created if needed), or in memory when dataDir is undefined. */
export async function openPglite(dataDir?: string): Promise<DatabaseBackend> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let db: PGlite;
  try {
    db = await createPglite(dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const adapter = new PrismaPGlite(db);
  const prisma = new PrismaClient({ adapter });
  // PGlite has a single session, in which advisory locks are re-entrant and exclude nothing; migrators in
  // this process (the only one that can open the directory) take turns on this mutex instead.
  const migrators = new Mutex();
  return {
    kind: "pglite",
    prisma,
    adapter,
    openSession: async () => pgliteSession(db, migrators),
    // `mod` (the Emscripten module) is not in PGlite's typings; read for bench:memory only.
    wasmMemoryBytes: () => (db as unknown as { mod?: { HEAPU8?: Uint8Array } }).mod?.HEAPU8?.byteLength ?? 0,
    async close() {
      await prisma.$disconnect();
      await db.close();
      unlock();
    },
  };
}

function pgliteSession(db: PGlite, migrators: Mutex): MigrationSession {
  let releaseLock: (() => void) | undefined;
  const runner = (q: Pick<PGlite, "query" | "exec">): SqlRunner => ({
    query: async <R extends Record<string, unknown>>(sql: string, params?: unknown[]) => (await q.query<R>(sql, params)).rows,
    exec: async (script) => void (await q.exec(script)),
  });
  return {
    ...runner(db),
    // No deadline needed: whoever holds the mutex is a migration in this same process, and it finishes or throws.
    async lock() {
      releaseLock = await migrators.acquire();
    },
    async unlock() {
      releaseLock?.();
      releaseLock = undefined;
    },
    // PGlite's own transaction(), not BEGIN through exec(): it also holds the app's queries (Prisma shares this
    // single session) until COMMIT, where a bare BEGIN would pull them into the migration's transaction.
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    async release() {},
  };
}
