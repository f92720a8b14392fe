// Every API route the fuzzer aims at, read from the source tree rather than listed by hand, so a route added
// later is fuzzed without anyone remembering to add it here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ApiRoute {
  /** The URL pattern with Next's segment syntax, e.g. "/api/games/[id]" or "/api/auth/[...nextauth]". */
  pattern: string;
  /** The methods the route file exports (Next answers the others with 405 on its own). */
  methods: HttpMethod[];
  /** Dynamic segment names in order, e.g. ["queue"]; a catch-all is marked by `catchAll`. */
  params: Array<{ name: string; catchAll: boolean }>;
}

// `export const GET`, `export async function POST`, `export function GET`, and `export const { GET, POST } = handlers`.
const DIRECT_EXPORT = /export\s+(?:const|let|(?:async\s+)?function)\s+([A-Z]+)\b/g;
const DESTRUCTURED_EXPORT = /export\s+const\s*\{([^}]*)\}\s*=/g;

/** The HTTP methods a route file exports, found by reading its source. */
export function exportedMethods(source: string): HttpMethod[] {
  const names = new Set<string>();
  for (const match of source.matchAll(DIRECT_EXPORT)) names.add(match[1]!);
  for (const match of source.matchAll(DESTRUCTURED_EXPORT)) {
    for (const part of match[1]!.split(",")) names.add(part.split(":").at(-1)!.trim());
  }
  return HTTP_METHODS.filter((method) => names.has(method));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/**
 * Walks `<root>/app/api/**\/route.ts`. Route groups `(name)` and private folders `_name` are not URL segments.
 *
 * @example
 * discoverApiRoutes(process.cwd()) // [{ pattern: "/api/games/[id]", methods: ["GET"], params: [{ name: "id", catchAll: false }] }, …]
 */
export function discoverApiRoutes(root: string): ApiRoute[] {
  const appDir = path.join(root, "app");
  return walk(path.join(appDir, "api"))
    .sort()
    .map((file) => {
      const segments = path
        .relative(appDir, path.dirname(file))
        .split(path.sep)
        .filter((s) => !/^\(.*\)$/.test(s));
      const params = segments.flatMap((segment) => {
        const match = /^\[(\.\.\.|\[\.\.\.)?([^\]]+)\]+$/.exec(segment);
        return match ? [{ name: match[2]!, catchAll: Boolean(match[1]) }] : [];
      });
      return { pattern: `/${segments.join("/")}`, methods: exportedMethods(readFileSync(file, "utf8")), params };
    })
    .filter((route) => route.methods.length > 0);
}
