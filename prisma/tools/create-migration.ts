// npm run db:migration -- <name>
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that takes the committed migrations
// to the current prisma/schema.prisma: `prisma migrate dev --create-only` without the CLI's native engine or a
// shadow database. The migrations are replayed into an in-memory PGlite, and Prisma's engine (WASM) diffs that
// database against the schema. Review the file, add any CHECKs by hand at its end, and commit it.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { openDatabase } from "@/lib/accounts-db/open-database";
import { DEFAULT_MIGRATIONS_DIR } from "@/lib/accounts-db/read-migrations";

import { diffDatabaseToSchema } from "./diff-schema";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name>   (lower-case letters, digits and _)");
  process.exit(1);
}

const { backend } = await openDatabase({ migrationsDir: DEFAULT_MIGRATIONS_DIR });
try {
  const sql = await diffDatabaseToSchema(backend);
  if (sql === null) {
    console.log("prisma/schema.prisma matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14); // Prisma's YYYYMMDDHHMMSS, UTC
    const dir = path.join(DEFAULT_MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql:\n\n${sql}`);
  }
} finally {
  await backend.close();
}
