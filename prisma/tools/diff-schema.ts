import { readFile } from "node:fs/promises";
import path from "node:path";

import type { DatabaseBackend } from "@/lib/accounts-db/database-backend";

import { withSchemaEngine } from "./schema-engine";

export const SCHEMA_PATH = path.resolve("prisma", "schema.prisma");

/**
 * The SQL that would take the database behind `backend` to prisma/schema.prisma, or null when they match
 * (`prisma migrate diff --from-config-datasource --to-schema`). CHECK constraints are invisible to the engine:
 * it neither reports them missing nor proposes dropping them.
 */
export async function diffDatabaseToSchema(backend: DatabaseBackend, schemaPath = SCHEMA_PATH): Promise<string | null> {
  const file = { path: path.basename(schemaPath), content: await readFile(schemaPath, "utf8") };
  const result = await withSchemaEngine(backend.adapter, file, (engine) =>
    engine.diff({
      from: { tag: "schemaDatasource", files: [file], configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files: [file] },
      script: true,
      exitCode: true, // 2 when there is a difference
      filters: { externalTables: [], externalEnums: [] },
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? "") : null;
}
