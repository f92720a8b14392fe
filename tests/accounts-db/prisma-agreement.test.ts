// Prisma's own schema engine (the WASM build of what `prisma migrate` runs) against databases our runner
// migrated, and the other way round: both read and write `_prisma_migrations` the same way, and the committed
// migrations build exactly prisma/schema.prisma.
import { readFile } from "node:fs/promises";

import { afterAll, describe, expect, it } from "vitest";

import type { DatabaseBackend } from "@/lib/accounts-db/database-backend";
import { migrateBackend } from "@/lib/accounts-db/open-database";
import { DEFAULT_MIGRATIONS_DIR, readMigrations } from "@/lib/accounts-db/read-migrations";
import { diffDatabaseToSchema, SCHEMA_PATH } from "@/prisma/tools/diff-schema";
import { readEngineMigrationList, withSchemaEngine } from "@/prisma/tools/schema-engine";

import { backendPool, BACKENDS, queryBackend } from "./support/test-database";

const pool = backendPool();
afterAll(() => pool.disposeAll());

const migrations = await readMigrations(DEFAULT_MIGRATIONS_DIR);
const names = migrations.map((m) => m.name);
const migrationsList = await readEngineMigrationList(DEFAULT_MIGRATIONS_DIR);
const schemaFile = { path: "schema.prisma", content: await readFile(SCHEMA_PATH, "utf8") };
const filters = { externalTables: [], externalEnums: [] };

const tableDefinition = (backend: DatabaseBackend) =>
  queryBackend(
    backend,
    `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
     FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
  );

const history = (backend: DatabaseBackend) =>
  queryBackend(
    backend,
    `SELECT migration_name, checksum, logs, rolled_back_at, applied_steps_count, finished_at IS NOT NULL AS finished
     FROM _prisma_migrations ORDER BY started_at`,
  );

describe.each(BACKENDS)("Prisma Migrate and our runner on %s", (kind) => {
  it("Prisma finds nothing to apply, nothing edited and nothing failed after our runner", async () => {
    const backend = await pool.open(kind);
    await migrateBackend(backend, migrations);
    await withSchemaEngine(backend.adapter, schemaFile, async (engine) => {
      const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
      expect(diagnosis).toMatchObject({ hasMigrationsTable: true, editedMigrationNames: [], failedMigrationNames: [], history: null });
      expect(await engine.applyMigrations({ migrationsList, filters })).toEqual({ appliedMigrationNames: [] });
    });
  });

  it("our runner finds nothing to apply after Prisma, and both leave the same table and rows", async () => {
    const theirs = await pool.open(kind);
    const applied = await withSchemaEngine(theirs.adapter, schemaFile, (engine) => engine.applyMigrations({ migrationsList, filters }));
    expect(applied.appliedMigrationNames).toEqual(names);
    expect(await migrateBackend(theirs, migrations)).toEqual({ applied: [] });

    const ours = await pool.open(kind);
    await migrateBackend(ours, migrations);
    expect(await tableDefinition(ours)).toEqual(await tableDefinition(theirs));
    expect(await history(ours)).toEqual(await history(theirs));
    expect(await history(ours)).toEqual(names.map((name) => expect.objectContaining({ migration_name: name, finished: true })));
  });
});

// On PGlite only: through @prisma/adapter-pg the WASM engine cannot introspect a live server ("Column type 'char'
// could not be deserialized", the catalogs' one-byte "char"). The SQL is the same on both, and PGlite is what
// `npm run db:migration` diffs against.
it("the migrations build exactly prisma/schema.prisma (the two have not drifted apart)", async () => {
  const backend = await pool.open("pglite");
  expect(await diffDatabaseToSchema(backend)).toContain('CREATE TABLE "LibraryEntry"'); // the check can fail
  await migrateBackend(backend, migrations);
  expect(await diffDatabaseToSchema(backend)).toBeNull();
});
