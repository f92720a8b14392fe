// A test file's own accounts database (a fresh PostgreSQL database, dropped afterwards) and the environment the
// auth code reads, set before the first getDb(); closeDb() after. Rate limits on the in-process limiter,
// off unless a file turns them on.
import { randomBytes } from "node:crypto";

import { afterAll, beforeAll } from "vitest";

import { closeDb } from "@/lib/accounts-db/get-db";
import { createPostgresDatabase } from "@/tests/accounts-db/support/test-database";
import { setTestEnv } from "@/tests/support/with-env";

/** The AUTH_SECRET of every auth test file; session cookies are minted with it. */
export const TEST_AUTH_SECRET = randomBytes(32).toString("base64url");

export const AUTH_TEST_ENV = {
  AUTH_SECRET: TEST_AUTH_SECRET,
  AUTH_RATE_LIMITS: "off",
  ADMIN_EMAILS: "",
  AUTH_GITHUB_ID: "",
  AUTH_GITHUB_SECRET: "",
  AUTH_TWITCH_ID: "",
  AUTH_TWITCH_SECRET: "",
  AUTH_TWITCH_ISSUER: "",
  SITE_URL: "",
  REDIS_URL: "",
  UPSTASH_REDIS_REST_URL: "",
  UPSTASH_REDIS_REST_TOKEN: "",
} as const;

/** Call at the top of a test file: beforeAll creates the database and sets the environment, afterAll undoes both. */
export function setUpAccountsDatabase(vars: Record<string, string> = {}): void {
  let drop: (() => Promise<void>) | undefined;
  let restore: (() => void) | undefined;
  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    restore = setTestEnv({ ...AUTH_TEST_ENV, DATABASE_URL: database.url, ...vars });
  });
  afterAll(async () => {
    await closeDb();
    restore?.();
    await drop?.();
  });
}
