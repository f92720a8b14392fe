// Starts the standalone server the way the Dockerfile's runtime stage does: the directory that
// scripts/assemble-standalone.ts completes, copied on its own (as `COPY --from=build /app/.next/standalone ./`),
// then `node server.js` in it with the image's environment. The copy goes outside the checkout on purpose:
// run in place, Node would find the checkout's full node_modules in a parent directory and hide whatever the
// standalone directory lacks.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { TEST_DATABASE_URL } from "../../tests/support/test-postgres";

export interface StandaloneServer {
  url: string;
  /** The instance's DATA_DIR (the image's /data volume). */
  dataDir: string;
  /** SIGTERM, as `docker stop` sends; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Its own PostgreSQL database beside the shared e2e one, made fresh for each run. */
async function createDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the standalone server exited with ${child.exitCode}`);
    // The Dockerfile's HEALTHCHECK: the status code only.
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the standalone server was not healthy within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function startStandaloneServer(options: { port: number; databaseName: string; env?: Record<string, string> }): Promise<StandaloneServer> {
  // The build is the shared e2e server's (its webServer command builds when sources changed); assembling is cheap.
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/assemble-standalone.ts"], { stdio: "inherit" });
  const appDir = mkdtempSync(path.join(tmpdir(), "questlog-standalone-app-"));
  const dataDir = mkdtempSync(path.join(tmpdir(), "questlog-standalone-data-"));
  cpSync(path.resolve(".next/standalone"), appDir, { recursive: true });
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, ["server.js"], {
    cwd: appDir,
    // The Dockerfile's ENV, but loopback rather than 0.0.0.0 (a shared test machine), and nothing inherited
    // from the test runner's environment but PATH: the image has no other variables either.
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_MANUAL_SIG_HANDLE: "true",
      HOSTNAME: "127.0.0.1",
      PORT: String(options.port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      DATABASE_URL: await createDatabase(options.databaseName),
      SITE_URL: url,
      ...options.env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const cleanUp = () => {
    rmSync(appDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  };
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    const code = await exited;
    cleanUp();
    return code;
  };
  try {
    // A first start imports the embedded catalog and builds the search index: a minute or more on a busy machine.
    await waitHealthy(url, child, 240_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, stop };
}
