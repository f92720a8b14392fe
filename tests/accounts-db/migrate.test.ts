// The migration runner (lib/accounts-db/migrate.ts) against real PostgreSQL and PGlite: applies in order, records like
// Prisma, applies nothing twice, takes turns under concurrency, rolls back failures, refuses edited history.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import type { DatabaseBackend } from "@/lib/accounts-db/database-backend";
import { migrate, MigrationError } from "@/lib/accounts-db/migrate";
import { migrateBackend } from "@/lib/accounts-db/open-database";
import { DEFAULT_MIGRATIONS_DIR, migrationChecksum, readMigrations } from "@/lib/accounts-db/read-migrations";

import { backendPool, BACKENDS, queryBackend } from "./support/test-database";

const pool = backendPool();
const tempDirs: string[] = [];
afterAll(async () => {
  await pool.disposeAll();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const migrations = await readMigrations(DEFAULT_MIGRATIONS_DIR);
const names = migrations.map((m) => m.name);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface MigrationRow extends Record<string, unknown> {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

const recorded = (backend: DatabaseBackend) => queryBackend<MigrationRow>(backend, "SELECT * FROM _prisma_migrations ORDER BY started_at");

async function tableExists(backend: DatabaseBackend, table: string): Promise<boolean> {
  const [row] = await queryBackend<{ found: string | null }>(backend, "SELECT to_regclass($1)::text AS found", [`"${table}"`]);
  return row?.found != null;
}

/** prisma/migrations plus one migration of our own, last in order; write() replaces its SQL. */
function migrationsWithExtra(sqlText: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "questlog-migrations-"));
  tempDirs.push(dir);
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  const name = "99991231235959_extra";
  mkdirSync(path.join(dir, name));
  const write = (text: string) => writeFileSync(path.join(dir, name, "migration.sql"), text);
  write(sqlText);
  return { dir, name, write };
}

describe.each(BACKENDS)("migrate() on %s", (kind) => {
  it("applies every migration to an empty database and records each as Prisma does", async () => {
    const backend = await pool.open(kind);
    const { applied } = await migrateBackend(backend, migrations);
    expect(applied).toEqual(names);
    expect(await tableExists(backend, "User")).toBe(true);
    expect(await tableExists(backend, "LibraryEntry")).toBe(true);

    const rows = await recorded(backend);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const [i, row] of rows.entries()) {
      expect(row.id).toMatch(UUID);
      expect(row.checksum).toBe(migrations[i]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ rolled_back_at: null, logs: null, applied_steps_count: 1 });
    }

    // Idempotent: a second run (the next server start) applies and records nothing.
    expect(await migrateBackend(backend, migrations)).toEqual({ applied: [] });
    expect(await recorded(backend)).toHaveLength(names.length);
  });

  it("applies each migration once when two migrators start at the same moment", async () => {
    const backend = await pool.open(kind);
    const [a, b] = await Promise.all([backend.openSession(), backend.openSession()]);
    try {
      const results = await Promise.all([migrate(a, migrations), migrate(b, migrations)]);
      expect(results.flatMap((r) => r.applied).sort()).toEqual([...names].sort());
      expect(results.some((r) => r.applied.length === 0)).toBe(true); // the one that waited found nothing to do
    } finally {
      await Promise.all([a.release(), b.release()]);
    }
    expect((await recorded(backend)).map((r) => r.migration_name)).toEqual(names);
  });

  it("rolls a failing migration back completely, records the attempt, and applies it once fixed", async () => {
    const backend = await pool.open(kind);
    const extra = migrationsWithExtra(`CREATE TABLE "Half" (x int);\nSELECT 1 / 0;`);

    const failing = migrateBackend(backend, await readMigrations(extra.dir));
    await expect(failing).rejects.toThrow(MigrationError);
    await expect(failing).rejects.toThrow(/99991231235959_extra failed and was rolled back: division by zero/);
    expect(await tableExists(backend, "Half")).toBe(false); // its first statement went with the transaction
    expect(await tableExists(backend, "User")).toBe(true); // earlier migrations stay applied

    const attempt = (await recorded(backend)).find((r) => r.migration_name === extra.name);
    expect(attempt).toMatchObject({ finished_at: null, applied_steps_count: 0 });
    expect(attempt?.rolled_back_at).toBeInstanceOf(Date);
    expect(attempt?.logs).toMatch(/division by zero.*SQLSTATE 22012/);

    extra.write(`CREATE TABLE "Half" (x int);`);
    expect(await migrateBackend(backend, await readMigrations(extra.dir))).toEqual({ applied: [extra.name] });
    expect(await tableExists(backend, "Half")).toBe(true);
    const rows = (await recorded(backend)).filter((r) => r.migration_name === extra.name);
    expect(rows.map((r) => r.rolled_back_at === null)).toEqual([false, true]); // history kept, one success
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    const backend = await pool.open(kind);
    await migrateBackend(backend, migrations);
    const first = migrations[0]!;
    const edited = [{ ...first, sql: `${first.sql}\n-- edited`, checksum: migrationChecksum(`${first.sql}\n-- edited`) }];
    await expect(migrateBackend(backend, edited)).rejects.toThrow(/was edited after it was applied/);
    // A CRLF checkout of the same file is not an edit.
    const crlf = first.sql.replace(/\n/g, "\r\n");
    expect(await migrateBackend(backend, [{ ...first, sql: crlf, checksum: migrationChecksum(crlf) }])).toEqual({ applied: [] });
  });

  it("refuses to run after a failure the CLI left unresolved (Prisma's P3009)", async () => {
    const backend = await pool.open(kind);
    await migrateBackend(backend, migrations);
    await queryBackend(
      backend,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', 'x', '20990101000000_cli_failed', 'boom', 0)`,
    );
    await expect(migrateBackend(backend, migrations)).rejects.toThrow(/20990101000000_cli_failed failed earlier.*boom/);
  });
});
