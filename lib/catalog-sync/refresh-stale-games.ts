// The background refresh: games not checked against IGDB for IGDB_REFRESH_AFTER_HOURS are compared by
// updated_at/checksum (a cheap fields query, 5,000 ids per request), and only the changed ones are
// fetched whole and rewritten. Games IGDB no longer has are removed, as its delete webhook would.
import { z } from "zod";

import type { CatalogWriter } from "@/lib/catalog-writes/catalog-write";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { gameVersionsQuery, type IgdbClient } from "@/lib/igdb";

import { chunk, fetchGamesByIds, IDS_PER_QUERY, QUERIES_PER_REQUEST } from "./fetch-in-batches";
import { toCatalogInput } from "./igdb-to-catalog";
import { isUpToDate, readLocalVersions, syncedWrites } from "./local-versions";

export interface RefreshResult {
  checked: number;
  changed: number;
  removed: number;
  /** Ids rewritten or removed, for the caller to update search and caches. */
  changedIds: number[];
  removedIds: number[];
  ms: number;
}

const GameVersionSchema = z.looseObject({
  id: z.number().int().positive(),
  updated_at: z.number().optional(),
  checksum: z.string().optional(),
});

function parseVersion(row: unknown): { id: number; updatedAt: number | null; checksum: string | null } | null {
  const parsed = GameVersionSchema.safeParse(row);
  return parsed.success ? { id: parsed.data.id, updatedAt: parsed.data.updated_at ?? null, checksum: parsed.data.checksum ?? null } : null;
}

export async function refreshStaleGames(
  db: CatalogDatabase,
  client: IgdbClient,
  writer: CatalogWriter,
  options: { olderThanMs: number; limit: number; onProgress?: (checked: number, total: number) => void },
): Promise<RefreshResult> {
  const started = performance.now();
  const cutoff = new Date(Date.now() - options.olderThanMs).toISOString();
  const ids = db
    .prepare("SELECT id FROM games WHERE synced_at IS NULL OR synced_at <= ? ORDER BY popularity DESC, id LIMIT ?")
    .pluck()
    .all(cutoff, options.limit) as number[];
  const result: RefreshResult = { checked: 0, changed: 0, removed: 0, changedIds: [], removedIds: [], ms: 0 };
  for (const group of chunk(ids, IDS_PER_QUERY * QUERIES_PER_REQUEST)) {
    const answers = await client.multiquery(
      chunk(group, IDS_PER_QUERY).map((part, i) => ({ name: `versions-${i}`, endpoint: "games", body: gameVersionsQuery(part) })),
    );
    const remote = new Map(
      answers
        .flatMap((a) => ("result" in a ? a.result : []))
        .flatMap((row) => {
          const v = parseVersion(row);
          return v ? [[v.id, v] as const] : [];
        }),
    );
    const local = readLocalVersions(db, group);
    const stale = new Set(group.filter((id) => remote.has(id) && !isUpToDate(local.get(id), remote.get(id)!)));
    const gone = group.filter((id) => !remote.has(id));
    const games = stale.size > 0 ? await fetchGamesByIds(client, [...stale]) : [];
    await writer.write([
      ...syncedWrites(group.filter((id) => remote.has(id) && !stale.has(id))),
      ...games.map((g) => ({ kind: "game.upsert" as const, game: toCatalogInput(g) })),
      ...gone.map((id) => ({ kind: "game.delete" as const, id })),
    ]);
    result.changedIds.push(...games.map((g) => g.id));
    result.removedIds.push(...gone);
    result.checked += group.length;
    options.onProgress?.(result.checked, ids.length);
  }
  result.changed = result.changedIds.length;
  result.removed = result.removedIds.length;
  result.ms = performance.now() - started;
  return result;
}
