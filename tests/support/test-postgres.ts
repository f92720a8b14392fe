// The real PostgreSQL the test command starts (scripts/test.sh) or finds on 127.0.0.1:5432 (trust auth). Tests
// create their own databases through it (tests/db/support/test-database.ts).
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
