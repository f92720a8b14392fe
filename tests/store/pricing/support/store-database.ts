// A test file's own accounts database for the store's pricing tests, on either backend: a fresh PostgreSQL
// database (DATABASE_URL) or a fresh PGlite directory (DATABASE_URL unset, DATA_DIR a temp dir), so getDb()
// in the code under test opens it. Demo listings are off unless a file turns them on.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll } from "vitest";

import { closeDb } from "@/lib/accounts-db/get-db";
import { createPostgresDatabase, type BackendKind } from "@/tests/accounts-db/support/test-database";
import { AUTH_TEST_ENV } from "@/tests/auth/support/accounts-test-env";
import { setTestEnv } from "@/tests/support/with-env";

export function setUpStoreDatabase(kind: BackendKind, vars: Record<string, string> = {}): void {
  let cleanup: (() => Promise<void>) | undefined;
  let restore: (() => void) | undefined;
  beforeAll(async () => {
    if (kind === "postgres") {
      const database = await createPostgresDatabase();
      cleanup = database.drop;
      restore = setTestEnv({ ...AUTH_TEST_ENV, DATABASE_URL: database.url, STORE_DEMO_LISTINGS: "off", ...vars });
    } else {
      const dataDir = mkdtempSync(path.join(tmpdir(), "questlog-store-"));
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
      restore = setTestEnv({ ...AUTH_TEST_ENV, DATABASE_URL: "", DATA_DIR: dataDir, STORE_DEMO_LISTINGS: "off", ...vars });
    }
  });
  afterAll(async () => {
    await closeDb();
    restore?.();
    await cleanup?.();
  });
}
