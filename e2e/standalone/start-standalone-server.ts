// Starts the standalone server the way the Dockerfile's runtime stage does: the directory that
// scripts/assemble-standalone.ts completes, copied on its own (as the runtime stage copies it), then the
// Dockerfile's CMD (`node server.js`) in it with the Dockerfile's ENV. The copy goes outside the checkout on purpose:
// run in place, Node would find the checkout's full node_modules in a parent directory and hide whatever the
// standalone directory lacks.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { closeSync, cpSync, mkdtempSync, openSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { dockerfileCmd, dockerfileRuntimeEnv } from "../../tests/deploy/support/read-deploy-files";
import { TEST_DATABASE_URL } from "../../tests/support/test-postgres";

export interface StandaloneServer {
  url: string;
  /** The instance's DATA_DIR (the image's /data volume). */
  dataDir: string;
  /** SIGTERM, as `docker stop` sends; resolves with the exit code (at once when it has exited already). */
  stop(): Promise<number | null>;
  /** Stops it and deletes its directories (seconds on a busy disk, so apart from stop()). */
  remove(): Promise<void>;
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
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the standalone server was not healthy within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** `logFile`: where the server's stdout (its JSON log) goes, for reading after a failure. */
export async function startStandaloneServer(options: {
  port: number;
  databaseName: string;
  logFile: string;
  env?: Record<string, string>;
}): Promise<StandaloneServer> {
  // The build is the shared e2e server's (its webServer command builds when sources changed); assembling is cheap.
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/assemble-standalone.ts"], { stdio: "inherit" });
  const appDir = mkdtempSync(path.join(tmpdir(), "questlog-standalone-app-"));
  const dataDir = mkdtempSync(path.join(tmpdir(), "questlog-standalone-data-"));
  cpSync(path.resolve(".next/standalone"), appDir, { recursive: true });
  const url = `http://127.0.0.1:${options.port}`;
  const log = openSync(options.logFile, "w");
  // The Dockerfile's own CMD and ENV, read from it, so the two cannot drift apart. Only `node` becomes this
  // Node's path, and the listening address, port and DATA_DIR are this run's (loopback: a shared test machine).
  // Nothing else is inherited from the test runner's environment but PATH: the image has no other variables.
  const [command, ...args] = dockerfileCmd();
  const child: ChildProcess = spawn(command === "node" ? process.execPath : command!, args, {
    cwd: appDir,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      NODE_ENV: "production", // for Next's types; the Dockerfile's ENV sets it too (and server.js forces it)
      ...dockerfileRuntimeEnv(),
      HOSTNAME: "127.0.0.1",
      PORT: String(options.port),
      DATA_DIR: dataDir,
      DATABASE_URL: await createDatabase(options.databaseName),
      SITE_URL: url,
      ...options.env,
    },
    stdio: ["ignore", log, "inherit"],
  });
  closeSync(log); // the child holds its own copy
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    return exited;
  };
  const remove = async () => {
    await stop();
    await Promise.all([rm(appDir, { recursive: true, force: true }), rm(dataDir, { recursive: true, force: true })]);
  };
  try {
    // A first start imports the embedded catalog and builds the search index: a minute or more on a busy machine.
    await waitHealthy(url, child, 240_000);
  } catch (error) {
    await remove();
    throw error;
  }
  return { url, dataDir, stop, remove };
}
