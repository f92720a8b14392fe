// Reads the deployment files under deploy/ (and the Dockerfile) as data, for the tests that check them against
// the code: YAML through js-yaml (anchors and `<<` merge keys resolved, as Compose resolves them).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { load, loadAll } from "js-yaml";

export const DEPLOY_DIR = path.resolve("deploy");

export type Doc = Record<string, unknown>;

export function readYaml(relative: string): Doc {
  return load(readFileSync(path.join(DEPLOY_DIR, relative), "utf8")) as Doc;
}

/** Every document of every YAML file in deploy/kubernetes, kustomization.yaml aside. */
export function readKubernetesObjects(): Doc[] {
  const dir = path.join(DEPLOY_DIR, "kubernetes");
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== "kustomization.yaml")
    .flatMap((f) => loadAll(readFileSync(path.join(dir, f), "utf8")) as Doc[])
    .filter(Boolean);
}

/** The Dockerfile's ENV settings of the stage that runs (the last one), both `ENV K=V …` and `ENV K V` forms. */
export function dockerfileRuntimeEnv(): Record<string, string> {
  const text = readFileSync(path.resolve("Dockerfile"), "utf8").replace(/\\\r?\n/g, " ");
  const stages = text.split(/^FROM\s/m);
  const runtime = stages.at(-1)!;
  const env: Record<string, string> = {};
  for (const line of runtime.split("\n")) {
    const match = line.match(/^ENV\s+(.*)$/);
    if (!match) continue;
    const body = match[1]!.trim();
    if (!body.includes("=")) {
      const [key, ...value] = body.split(/\s+/);
      env[key!] = value.join(" ");
      continue;
    }
    for (const pair of body.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S*)/g)) env[pair[1]!] = pair[2]!.replace(/^"|"$/g, "");
  }
  return env;
}

/** The runtime stage's CMD, exec form (`CMD ["node", "server.js"]`). */
export function dockerfileCmd(): string[] {
  const cmd = readFileSync(path.resolve("Dockerfile"), "utf8").match(/^CMD\s+(\[.*\])\s*$/m)?.[1];
  if (!cmd) throw new Error("the Dockerfile has no exec-form CMD");
  return JSON.parse(cmd) as string[];
}

/** The runtime stage's HEALTHCHECK command, exec form (`HEALTHCHECK [options] CMD ["node", "-e", "…"]`). */
export function dockerfileHealthcheck(): string[] {
  const text = readFileSync(path.resolve("Dockerfile"), "utf8").replace(/\\\r?\n/g, " ");
  const cmd = text.match(/^HEALTHCHECK\s.*?\bCMD\s+(\[.*\])\s*$/m)?.[1];
  if (!cmd) throw new Error("the Dockerfile has no exec-form HEALTHCHECK");
  return JSON.parse(cmd) as string[];
}
