import type { AppliedChanges } from "./catalog-write";

/**
 * Whether a batch changed anything a reader of the catalog can see: a game written with a new version, removed,
 * curated, or synced (which sets its popularity). A batch of search rollups only, or of upserts IGDB sent
 * unchanged (the IGDB leg re-storing what a search found), changes no answer, so in-process copies of answers
 * (lib/search/hot-searches.ts, lib/catalog-sync/hot-games.ts) survive it.
 */
export function changesWhatReadersSee(changes: AppliedChanges): boolean {
  return changes.upserted.length > 0 || changes.deleted.length > 0 || changes.curated.length > 0 || changes.synced > 0;
}
