import "server-only";

import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";

import { getEnv } from "@/lib/env";

import { OUTBOX_ID } from "../schemas";

/** Messages kept; older ones are deleted as new ones arrive, so a forgotten dev box never fills its disk. */
export const OUTBOX_KEEP = 500;

/** DATA_DIR/outbox, created when missing: owner-only, it holds live sign-in links. */
export function outboxDir(): string {
  const dir = path.resolve(getEnv().DATA_DIR, "outbox");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** A message's .eml and .json in `dir`, for an id this module made. */
export function outboxPaths(dir: string, id: string): { eml: string; json: string } {
  return { eml: path.join(dir, `${id}.eml`), json: path.join(dir, `${id}.json`) };
}

/** The same for an id from a request: null unless it is an outbox id, so no path ever leaves the dir. */
export function outboxFiles(id: string): { eml: string; json: string } | null {
  return OUTBOX_ID.test(id) ? outboxPaths(outboxDir(), id) : null;
}

// Strictly increasing within the process, so ids sort in sending order even for messages sent in one ms.
let lastMs = 0;

/** A new id: "<13-digit ms>-<8 hex>", sortable as text, newest last. */
export function newOutboxId(now = Date.now()): string {
  lastMs = Math.max(now, lastMs + 1);
  return `${String(lastMs).padStart(13, "0")}-${randomBytes(4).toString("hex")}`;
}
