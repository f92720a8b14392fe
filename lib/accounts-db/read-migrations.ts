// Reads prisma/migrations the way Prisma Migrate does: one folder per migration, applied in folder-name order
// (the timestamp prefix), each with a migration.sql whose checksum is the SHA-256 of its bytes.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface MigrationFile {
  /** The folder name, e.g. "20261123064500_accounts"; what `_prisma_migrations.migration_name` holds. */
  name: string;
  sql: string;
  /** Lower-case hex SHA-256 of the file, as Prisma records it. */
  checksum: string;
}

/** Where the app finds its migrations at run time: `next start` and the CLIs run from the project root. */
export const DEFAULT_MIGRATIONS_DIR = path.resolve("prisma", "migrations");

export function migrationChecksum(sql: string | Buffer): string {
  return createHash("sha256").update(sql).digest("hex");
}

// The turbopackIgnore comments: the server reads these files from the project directory it runs in (`next start`),
// so the build need not trace them; without the comments Turbopack would trace the whole project into the output.
export async function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  // Plain code-unit order, as Prisma sorts them (localeCompare would differ on "_" versus digits).
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(/* turbopackIgnore: true */ path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: migrationChecksum(bytes) };
    }),
  );
}
