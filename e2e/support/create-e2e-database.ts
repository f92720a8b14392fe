// Run by the e2e webServer command before `next start`: a fresh PostgreSQL database for the e2e server's
// accounts: the browser flows run against a real PostgreSQL, as production does, not PGlite.
// Prints nothing on success; the server applies the migrations itself on first use, as in production.
import pg from "pg";

import { E2E_DATABASE_NAME, TEST_DATABASE_URL } from "../../tests/support/test-postgres";

const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
await admin.connect();
try {
  await admin.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${E2E_DATABASE_NAME}`);
} finally {
  await admin.end();
}
