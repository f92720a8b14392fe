// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, a dev dependency), driven through a
// driver adapter. The CLI's native engine cannot be downloaded here; this is the same engine without the download.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

import { readMigrations } from "@/lib/accounts-db/read-migrations";

export type SchemaEngine = bindings.SchemaEngine;

let loaded: Promise<void> | undefined;

// The package's entry point imports the .wasm file as an ES module, which Node 20 allows only behind
// --experimental-wasm-modules; instantiating it by hand, as wasm-bindgen's loader would, needs no flag.
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const file = path.join(path.dirname(glue), "schema_engine_bg.wasm"); // not in the package's exports map
    const { instance } = await WebAssembly.instantiate(await readFile(file), { "./schema_engine_bg.js": bindings });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return loaded;
}

/** Runs fn with an engine bound to the database behind `adapter`, for the given schema; frees it afterwards. */
export async function withSchemaEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const log = () => {}; // the engine's tracing; errors still reach us as rejected promises
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

/** prisma/migrations as the engine's commands (applyMigrations, diagnoseMigrationHistory) take it. */
export async function readEngineMigrationList(dir: string): Promise<bindings.MigrationList> {
  const migrations = await readMigrations(dir);
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  };
}
