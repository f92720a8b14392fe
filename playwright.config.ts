import { defineConfig, devices } from "@playwright/test";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium";
import { e2eDatabaseUrl } from "./tests/support/test-postgres";

// Debian's Chromium (scripts/test.sh installs it).
const CHROMIUM_LAUNCH = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
const PORT = Number(process.env.E2E_PORT ?? 3210);
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
// The standalone server (e2e/standalone/) on a port of its own, beside the shared one.
const STANDALONE_PORT = Number(process.env.E2E_STANDALONE_PORT ?? PORT + 30);

export default defineConfig({
  testDir: "e2e",
  // A real SMTP server the e2e server sends its mail to; tests read what it received.
  globalSetup: "./e2e/support/smtp-sink.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "api", testMatch: "api/**/*.spec.ts" },
    // Attack tests against the started server (and, where they need other settings, servers of their own).
    { name: "security", testMatch: "security/**/*.spec.ts", use: { ...devices["Desktop Chrome"], launchOptions: CHROMIUM_LAUNCH } },
    // Rate-limit measurements and multi-instance runs go last and one at a time: they count IGDB requests
    // and share (and clear) the test Redis (see e2e/limits/igdb-burst.spec.ts).
    {
      name: "limits",
      testMatch: "limits/**/*.spec.ts",
      dependencies: ["api", "store", "admin", "security", "standalone", "quality"],
      workers: 1,
      use: { launchOptions: CHROMIUM_LAUNCH },
    },
    { name: "store", testMatch: "store/**/*.spec.ts", use: { ...devices["Desktop Chrome"], launchOptions: CHROMIUM_LAUNCH } },
    // Valid HTML (Nu HTML Checker) and accessibility (axe) on every page type, beside the store's specs. Its pages
    // never reach IGDB (catalog hits only), so the console's IGDB failure test may run beside it too.
    { name: "quality", testMatch: "quality/**/*.spec.ts", use: { ...devices["Desktop Chrome"], launchOptions: CHROMIUM_LAUNCH } },
    // The console after the store and the attack tests: its failed-job test makes the shared IGDB stand-in fail
    // for a moment, which met the security project's IGDB-allowance test when the two ran side by side.
    {
      name: "admin",
      testMatch: "admin/**/*.spec.ts",
      dependencies: ["api", "store", "security"],
      use: { ...devices["Desktop Chrome"], launchOptions: CHROMIUM_LAUNCH },
    },
    // The Docker image's server (`node server.js` in the assembled .next/standalone), started by its spec with
    // its own port, DATA_DIR and PostgreSQL database; it reuses the build the shared server's command makes.
    // After the suites that time answers, and before `limits`: its first start (a catalog import) loads the CPU.
    {
      name: "standalone",
      testMatch: "standalone/**/*.spec.ts",
      dependencies: ["api", "store", "admin", "security"],
      use: { ...devices["Desktop Chrome"], launchOptions: CHROMIUM_LAUNCH, baseURL: `http://127.0.0.1:${STANDALONE_PORT}` },
    },
  ],
  webServer: {
    // prepare-start imports the catalog into DATA_DIR when empty and builds when the sources changed.
    // A fresh PostgreSQL database for accounts first (the e2e flows run against a real PostgreSQL).
    command: `node_modules/.bin/tsx e2e/support/create-e2e-database.ts && node_modules/.bin/tsx scripts/prepare-start.ts && node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    // Zero-config: the server starts the IGDB stand-in itself; a fixed port lets tests read its counters.
    // JOB_SCHEDULES=off: no cron job may add IGDB requests to the ones the burst test counts.
    env: {
      DATA_DIR,
      PORT: String(PORT),
      LOG_LEVEL: "warn",
      IGDB_STANDIN_PORT: process.env.E2E_STANDIN_PORT ?? "3219",
      STRIPE_STANDIN_PORT: process.env.E2E_STRIPE_STANDIN_PORT ?? "3220",
      JOB_SCHEDULES: "off",
      // Tests play the proxy: the X-Forwarded-For a test sends names its client (without one, the socket).
      TRUSTED_PROXY_HOPS: "1",
      // Sign-in links go to the SMTP sink (e2e/support/smtp-sink.ts), not the dev outbox.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 3225}`,
      // The public origin, as production sets it: Auth.js builds links and checks redirects against it
      // (route handlers otherwise see Next's "localhost" while the browser is on 127.0.0.1).
      SITE_URL: `http://127.0.0.1:${PORT}`,
      DATABASE_URL: e2eDatabaseUrl(),
      // The store's demo listings on the e2e PostgreSQL too (auto would seed the embedded PGlite only).
      STORE_DEMO_LISTINGS: "on",
    },
    reuseExistingServer: false,
    // A cold start imports the catalog and builds: about 3 minutes on a quiet 2-core machine, more under load.
    timeout: 600_000,
    stdout: "pipe",
  },
});
