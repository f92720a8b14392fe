// Fresh, throwaway accounts databases for tests: a new PostgreSQL database (CREATE DATABASE on the test server)
// or a new PGlite directory, so test files running in parallel never share one.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import type { DatabaseBackend } from "@/lib/accounts-db/database-backend";
import { openPglite } from "@/lib/accounts-db/pglite-backend";
import { openPostgres } from "@/lib/accounts-db/postgres-backend";
import { TEST_DATABASE_URL } from "@/tests/support/test-postgres";

export const BACKENDS = ["postgres", "pglite"] as const;
export type BackendKind = (typeof BACKENDS)[number];

async function asAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new empty database on the test server; drop() removes it (and any connection still open to it). */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `questlog_test_${randomBytes(6).toString("hex")}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A new empty directory for PGlite; remove() deletes it and its lock file. */
export function createPgliteDir(): { dir: string; remove: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), "questlog-pglite-"));
  return { dir: path.join(parent, "pglite"), remove: () => rmSync(parent, { recursive: true, force: true }) };
}

export interface TestBackend {
  backend: DatabaseBackend;
  /** Closes the backend and deletes its database. */
  dispose: () => Promise<void>;
}

/** An empty, unmigrated database of the given kind, open. */
export async function openTestBackend(kind: BackendKind): Promise<TestBackend> {
  if (kind === "postgres") {
    const db = await createPostgresDatabase();
    const backend = openPostgres(db.url);
    const dispose = async () => {
      await backend.close();
      await db.drop();
    };
    return { backend, dispose };
  }
  const { dir, remove } = createPgliteDir();
  const backend = await openPglite(dir);
  const dispose = async () => {
    await backend.close();
    remove();
  };
  return { backend, dispose };
}

/** One statement on a session of its own (for looking at what a test did, beside Prisma). */
export async function queryBackend<R extends Record<string, unknown>>(
  backend: DatabaseBackend,
  sql: string,
  params?: unknown[],
): Promise<R[]> {
  const session = await backend.openSession();
  try {
    return await session.query<R>(sql, params);
  } finally {
    await session.release();
  }
}

/** Collects what a test file opened, to dispose of everything in afterAll. */
export function backendPool() {
  const open: TestBackend[] = [];
  return {
    async open(kind: BackendKind): Promise<DatabaseBackend> {
      const test = await openTestBackend(kind);
      open.push(test);
      return test.backend;
    },
    async disposeAll(): Promise<void> {
      await Promise.all(open.splice(0).map((t) => t.dispose()));
    },
  };
}
