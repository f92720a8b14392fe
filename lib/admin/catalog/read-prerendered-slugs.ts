import "server-only";

import { readFileSync, statSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

// Next writes every route it prerendered at build time into this manifest; the keys of `routes` are paths.
const ManifestSchema = z.looseObject({ routes: z.record(z.string(), z.unknown()) });
const GAME_ROUTE = /^\/games\/([^/]+)$/;

export type PrerenderedSlugs = { available: true; builtAt: string; slugs: string[] } | { available: false; reason: string };

let memo: { file: string; mtimeMs: number; value: PrerenderedSlugs } | null = null;

/** Slugs of the game pages `next build` prerendered, read from .next (memoised until the file changes). */
export function readPrerenderedSlugs(): PrerenderedSlugs {
  const file = path.join(process.cwd(), ".next", "prerender-manifest.json");
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return { available: false, reason: "unknown: no build manifest" };
  }
  if (memo?.file === file && memo.mtimeMs === mtimeMs) return memo.value;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return { available: false, reason: "unknown: unreadable build manifest" };
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) return { available: false, reason: "unknown: unreadable build manifest" };
  const slugs = Object.keys(parsed.data.routes).flatMap((route) => {
    const slug = GAME_ROUTE.exec(route)?.[1];
    return slug ? [decodeURIComponent(slug)] : [];
  });
  const value: PrerenderedSlugs = { available: true, builtAt: new Date(mtimeMs).toISOString(), slugs };
  memo = { file, mtimeMs, value };
  return value;
}
