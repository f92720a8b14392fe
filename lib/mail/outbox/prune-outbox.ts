import "server-only";

import { readdir, rm } from "node:fs/promises";
import path from "node:path";

import { OUTBOX_ID } from "../schemas";
import { OUTBOX_KEEP } from "./outbox-files";

/** Ids of the stored messages (those whose summary is written), newest first. */
export async function listOutboxIds(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .filter((id) => OUTBOX_ID.test(id))
    .sort()
    .reverse();
}

/**
 * Deletes all but the newest `keep` messages. Concurrent sends may both prune; rm with force makes the
 * loser's deletes no-ops. The summary goes first, so a half-deleted message is no longer listed.
 */
export async function pruneOutbox(dir: string, keep = OUTBOX_KEEP): Promise<number> {
  const stale = (await listOutboxIds(dir)).slice(keep);
  for (const id of stale) {
    await rm(path.join(dir, `${id}.json`), { force: true });
    await rm(path.join(dir, `${id}.eml`), { force: true });
  }
  return stale.length;
}
