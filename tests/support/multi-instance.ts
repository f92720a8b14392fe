// Starts several `next start` instances of the built app, each with its own DATA_DIR, sharing whatever
// the given environment points at (Redis, Upstash bridge, an IGDB stand-in). Needs a build (.next).
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { IgdbStandin } from "@/standins/igdb";

import { e2eDatabaseUrl } from "./test-postgres";

/** The variables that point an instance at an IGDB stand-in as if it were real IGDB (shared by all instances). */
export function envForStandin(standin: Pick<IgdbStandin, "clientId" | "clientSecret" | "apiUrl" | "tokenUrl">): Record<string, string> {
  return {
    TWITCH_CLIENT_ID: standin.clientId,
    TWITCH_CLIENT_SECRET: standin.clientSecret,
    IGDB_API_URL: standin.apiUrl,
    TWITCH_TOKEN_URL: standin.tokenUrl,
  };
}

export interface Instances {
  urls: string[];
  /** Each server's PID (bench:scale reads their CPU from /proc). */
  pids: number[];
  stop(): Promise<void>;
}

async function waitListening(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`instance ${url} exited with ${child.exitCode}`);
    try {
      // Any answer will do: an instance with an empty replica (real-IGDB mode) reports itself degraded.
      await fetch(`${url}/api/health`);
      return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance ${url} did not answer within 60 s`);
}

/**
 * `standinCatalog`: an igdb-standin.sqlite to copy into each DATA_DIR, so zero-config instances seed fast.
 * `catalog`: a catalog.sqlite to copy into each DATA_DIR, so each replica starts full (bench:scale).
 */
export async function startInstances(
  count: number,
  basePort: number,
  env: Record<string, string>,
  standinCatalog?: string,
  catalog?: string,
): Promise<Instances> {
  const dirs = Array.from({ length: count }, () => mkdtempSync(path.join(tmpdir(), "questlog-instance-")));
  if (standinCatalog) for (const dir of dirs) copyFileSync(standinCatalog, path.join(dir, "igdb-standin.sqlite"));
  if (catalog) for (const dir of dirs) copyFileSync(catalog, path.join(dir, "catalog.sqlite"));
  const children = dirs.map((dir, i) =>
    spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(basePort + i), "-H", "127.0.0.1"], {
      // The e2e PostgreSQL for accounts rather than a PGlite per instance: three WASM databases starting at
      // once on two cores slowed the instances enough to break the timing these tests measure.
      // TRUSTED_PROXY_HOPS=1: tests play the proxy, naming each client in X-Forwarded-For.
      env: {
        ...process.env,
        JOB_SCHEDULES: "off",
        DATABASE_URL: e2eDatabaseUrl(),
        TRUSTED_PROXY_HOPS: "1",
        ...env,
        DATA_DIR: dir,
        LOG_LEVEL: "warn",
        NODE_ENV: "production",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true, // its own process group, so stop() takes the whole server down
    }),
  );
  const urls = children.map((_, i) => `http://127.0.0.1:${basePort + i}`);
  const stop = async () => {
    for (const child of children) if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r)))));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(urls.map((url, i) => waitListening(url, children[i]!)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, pids: children.map((c) => c.pid!), stop };
}
