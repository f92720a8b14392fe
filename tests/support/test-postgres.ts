// The real PostgreSQL the test command starts (scripts/test.sh) or finds on 127.0.0.1:5432 (trust auth). Tests
// create their own databases through it (tests/accounts-db/support/test-database.ts).
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The e2e server's accounts database on the same server, made fresh for each run (e2e/support/create-e2e-database.ts). */
// E2E_DATABASE_NAME lets two checkouts run their e2e suites side by side on one PostgreSQL.
export const E2E_DATABASE_NAME = process.env.E2E_DATABASE_NAME ?? "questlog_e2e";
export function e2eDatabaseUrl(): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${E2E_DATABASE_NAME}`;
  return url.toString();
}
