// The accounts database a cart test file runs on: a fresh PostgreSQL database (setUpAccountsDatabase), or a fresh
// migrated PGlite installed as the process's database, so the domain's own getDb() returns it. Both backends are
// what production runs: PostgreSQL with DATABASE_URL, PGlite without.
import { afterAll, beforeAll } from "vitest";

import { closeDb } from "@/lib/accounts-db/get-db";
import { migrateBackend } from "@/lib/accounts-db/open-database";
import { readMigrations } from "@/lib/accounts-db/read-migrations";
import { processSingleton } from "@/lib/process-singleton";
import { openTestBackend, type BackendKind } from "@/tests/accounts-db/support/test-database";
import { AUTH_TEST_ENV, setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";
import { setTestEnv } from "@/tests/support/with-env";

/** Call at the top of a test file. */
export function setUpCartDatabase(kind: BackendKind, vars: Record<string, string> = {}): void {
  if (kind === "postgres") return setUpAccountsDatabase(vars);
  let dispose: (() => Promise<void>) | undefined;
  let restore: (() => void) | undefined;
  beforeAll(async () => {
    restore = setTestEnv({ ...AUTH_TEST_ENV, ...vars });
    const test = await openTestBackend("pglite");
    dispose = test.dispose;
    await migrateBackend(test.backend, await readMigrations());
    // get-db.ts keeps the process's database under this key (lib/process-singleton.ts).
    processSingleton("questlogAccountsDb", () => Promise.resolve(test.backend));
  });
  afterAll(async () => {
    await closeDb(); // closes the PGlite backend installed above
    await dispose?.().catch(() => undefined);
    restore?.();
  });
}
