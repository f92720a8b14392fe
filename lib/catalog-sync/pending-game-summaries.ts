// Games this instance fetched from IGDB and handed to the write queue, as the search API shows them, for
// the milliseconds until the drainer has written them: the search index knows them at once (overlay), so
// a search in that window must not find an id whose row is not there yet and silently drop it.
import type { GameSummary } from "@/lib/catalog/schemas";

const KEEP_MS = 60_000;
const LIMIT = 5_000;
const pending = new Map<number, { summary: GameSummary; at: number }>();

export function rememberPendingSummaries(summaries: readonly GameSummary[]): void {
  const now = Date.now();
  for (const summary of summaries) {
    pending.delete(summary.id); // re-inserted last, so iteration order stays oldest first
    pending.set(summary.id, { summary, at: now });
  }
  for (const [id, entry] of pending) {
    if (pending.size <= LIMIT && now - entry.at < KEEP_MS) break;
    pending.delete(id);
  }
}

export function pendingSummary(id: number): GameSummary | undefined {
  const entry = pending.get(id);
  if (!entry) return undefined;
  if (Date.now() - entry.at < KEEP_MS) return entry.summary;
  pending.delete(id);
  return undefined;
}
