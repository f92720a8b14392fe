import "server-only";

import { readFile } from "node:fs/promises";

import { logger } from "@/lib/log/logger";

import { OutboxMessageSchema, type OutboxMessage, type OutboxMessageDetail } from "../schemas";
import { outboxDir, outboxFiles, outboxPaths } from "./outbox-files";
import { listOutboxIds } from "./prune-outbox";

/** A stored summary through its schema; null when it is gone (pruned meanwhile) or not ours. */
async function readSummary(jsonPath: string): Promise<OutboxMessage | null> {
  const raw = await readFile(jsonPath, "utf8").catch(() => null);
  if (raw === null) return null;
  const parsed = OutboxMessageSchema.safeParse(parseJson(raw));
  if (!parsed.success) logger.warn({ file: jsonPath, issue: parsed.error.issues[0]?.message }, "skipping an unreadable outbox summary");
  return parsed.success ? parsed.data : null;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** The dev outbox, newest first (at most OUTBOX_KEEP messages are ever kept). */
export async function listOutboxMessages(): Promise<OutboxMessage[]> {
  const dir = outboxDir();
  const messages = await Promise.all((await listOutboxIds(dir)).map((id) => readSummary(outboxPaths(dir, id).json)));
  return messages.filter((m): m is OutboxMessage => m !== null);
}

/** One stored message with the header lines of its .eml; null for an unknown or malformed id. */
export async function getOutboxMessage(id: string): Promise<OutboxMessageDetail | null> {
  const files = outboxFiles(id);
  const summary = files ? await readSummary(files.json) : null;
  const eml = files && summary ? await readOutboxEml(id) : null;
  return summary && eml ? { ...summary, headers: parseHeaders(eml.toString("utf8")) } : null;
}

/** The raw RFC 5322 message, for download; null for an unknown or malformed id. */
export async function readOutboxEml(id: string): Promise<Buffer | null> {
  const files = outboxFiles(id);
  return files ? readFile(files.eml).catch(() => null) : null;
}

/** The header block's fields, folded lines joined (RFC 5322 §2.2.3); encoded words are left as written. */
export function parseHeaders(message: string): Array<{ name: string; value: string }> {
  const end = message.search(/\r?\n\r?\n/);
  const block = end === -1 ? message : message.slice(0, end);
  const headers: Array<{ name: string; value: string }> = [];
  for (const line of block.split(/\r?\n/)) {
    const last = headers.at(-1);
    if (/^[ \t]/.test(line) && last) last.value += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(":");
      if (colon > 0) headers.push({ name: line.slice(0, colon), value: line.slice(colon + 1).trim() });
    }
  }
  return headers;
}
