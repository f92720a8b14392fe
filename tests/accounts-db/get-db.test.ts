// getDb()/closeDb(): the process-wide accounts database chosen by configuration, migrated before first use.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { closeDb, getDb } from "@/lib/accounts-db/get-db";
import { DataDirLockedError, lockDataDir } from "@/lib/accounts-db/lock-data-dir";
import { readMigrations } from "@/lib/accounts-db/read-migrations";
import { setTestEnv } from "@/tests/support/with-env";

import { createPgliteDir, createPostgresDatabase } from "./support/test-database";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  await closeDb();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh DATA_DIR whose pglite/ does not exist yet. */
function useDataDir(vars: Record<string, string> = {}): string {
  const { dir, remove } = createPgliteDir();
  cleanups.push(remove);
  const dataDir = path.dirname(dir);
  cleanups.push(setTestEnv({ DATA_DIR: dataDir, DATABASE_URL: "", ...vars }));
  return dataDir;
}

const migrationCount = (await readMigrations()).length;

describe("getDb() without DATABASE_URL", () => {
  it("opens PGlite in DATA_DIR/pglite, migrated, once per process; closeDb() releases it for a later open", async () => {
    const dataDir = useDataDir();
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b); // concurrent first calls share one open
    expect(await getDb()).toBe(a);
    expect(existsSync(path.join(dataDir, "pglite", "PG_VERSION"))).toBe(true);
    expect(readFileSync(path.join(dataDir, "pglite.lock"), "utf8")).toBe(String(process.pid));
    await a.user.create({ data: { email: "kept@example.test" } });

    await closeDb();
    expect(existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);

    const reopened = await getDb();
    expect(reopened).not.toBe(a);
    expect(await reopened.user.findUnique({ where: { email: "kept@example.test" } })).not.toBeNull();
    const [row] = await reopened.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM _prisma_migrations`;
    expect(row?.n).toBe(migrationCount); // the second open applied nothing again
  });

  it("refuses a PGlite directory another live process holds, and takes over one whose process is gone", async () => {
    const dataDir = useDataDir();
    const dir = path.join(dataDir, "pglite");
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    cleanups.push(() => other.kill());
    writeFileSync(`${dir}.lock`, String(other.pid));

    await expect(getDb()).rejects.toThrow(DataDirLockedError);
    await expect(getDb()).rejects.toThrow(`open in process ${other.pid}`); // a failed open is retried, not cached

    other.kill();
    await new Promise((resolve) => other.once("exit", resolve));
    const db = await getDb();
    expect(await db.user.count()).toBe(0);
    expect(() => lockDataDir(dir)).toThrow(/open in process \d+ \(this one\)/); // nor twice in one process
  });
});

describe("getDb() with DATABASE_URL", () => {
  it("uses that PostgreSQL database, migrated, and leaves DATA_DIR without PGlite", async () => {
    const database = await createPostgresDatabase();
    cleanups.push(database.drop);
    const dataDir = useDataDir({ DATABASE_URL: database.url });

    const db = await getDb();
    const [row] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(row?.name).toBe(new URL(database.url).pathname.slice(1));
    expect(await db.libraryEntry.count()).toBe(0);
    expect(existsSync(path.join(dataDir, "pglite"))).toBe(false);
  });

  it("rejects while the server refuses, and connects on a later call once it accepts", async () => {
    const database = await createPostgresDatabase();
    cleanups.push(database.drop);
    const missing = new URL(database.url);
    missing.pathname = `${missing.pathname}_missing`;
    cleanups.push(setTestEnv({ DATABASE_URL: missing.toString() }));
    await expect(getDb()).rejects.toThrow(/does not exist/);

    cleanups.push(setTestEnv({ DATABASE_URL: database.url }));
    expect(await (await getDb()).user.count()).toBe(0);
  });
});
