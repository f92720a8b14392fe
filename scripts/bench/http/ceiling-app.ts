// The ceiling for bench:http: a bare Next.js app kept in scripts/bench/ceiling-app, built when its sources or
// Next's version changed since its last build, and started with `next start` on its own port.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { startNext, type NextServer } from "./next-server";

export const CEILING_APP_DIR = path.join("scripts", "bench", "ceiling-app");
// Written after a clean build, naming the sources it was built from (like prepare-start's build marker).
const BUILT_FROM = path.join(CEILING_APP_DIR, ".next", "bench-built-from");

function sourcesHash(): string {
  const hash = createHash("sha256").update(JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version as string);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.name !== ".next" && e.name !== "next-env.d.ts")
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      .sort();
  for (const file of walk(CEILING_APP_DIR)) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

/** Builds the ceiling app unless its last build is of the same sources. */
export function buildCeilingApp(): void {
  const hash = sourcesHash();
  if (existsSync(BUILT_FROM) && readFileSync(BUILT_FROM, "utf8") === hash) return;
  console.log("Building the ceiling app (scripts/bench/ceiling-app)…");
  // --webpack: Next 16.4's Turbopack, building an app nested in another, compiles the enclosing app's proxy.ts
  // (ours) into it and fails. Requests are served by the same next-server either way.
  const result = spawnSync(path.resolve("node_modules/.bin/next"), ["build", "--webpack", CEILING_APP_DIR], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build ${CEILING_APP_DIR} failed (${result.status})`);
  writeFileSync(BUILT_FROM, hash);
}

export function startCeilingApp(port: number): Promise<NextServer> {
  return startNext({ port, dir: CEILING_APP_DIR, readyPath: "/api/baseline?bytes=64" });
}
