// npm run igdb:sync -- --popular N: IGDB's popularity primitives first (the N most visited games), then
// those games in multiqueries of 10 × 500, handed to the catalog write queue and awaited batch by batch
// (the drainer's pace is the sync's pace). Safe to interrupt: the run's start time is checkpointed, and a
// restart skips games already written since then.
import type { CatalogWriter } from "@/lib/catalog-writes/catalog-write";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { popularityPageQuery, reshapePopularity, type IgdbClient, type IgdbPopularity } from "@/lib/igdb";

import { chunk, fetchGamesByIds, IDS_PER_QUERY, QUERIES_PER_REQUEST } from "./fetch-in-batches";
import { toCatalogInput } from "./igdb-to-catalog";
import { isUpToDate, readLocalVersions, syncedWrites } from "./local-versions";

const CHECKPOINT_KEY = "sync.popular.checkpoint";

export interface SyncProgress {
  phase: "popularity" | "games" | "done";
  done: number;
  total: number;
}

export interface SyncResult {
  requested: number;
  ranked: number;
  /** Inserted or changed upstream since we last had them. */
  written: number;
  /** Already current: only popularity and synced_at were updated. */
  unchanged: number;
  /** Done by an interrupted earlier run of the same sync. */
  skipped: number;
  missing: number;
  resumed: boolean;
  ms: number;
}

interface Checkpoint {
  count: number;
  startedAt: string;
}

async function fetchPopularity(client: IgdbClient, count: number): Promise<IgdbPopularity[]> {
  const pages = chunk(
    Array.from({ length: Math.ceil(count / IDS_PER_QUERY) }, (_, i) => i),
    QUERIES_PER_REQUEST,
  );
  const ranked: IgdbPopularity[] = [];
  for (const group of pages) {
    const results = await client.multiquery(
      group.map((page) => ({
        name: `popularity-${page}`,
        endpoint: "popularity_primitives",
        body: popularityPageQuery(IDS_PER_QUERY, page * IDS_PER_QUERY),
      })),
    );
    for (const r of results) if ("result" in r) ranked.push(...reshapePopularity(r.result));
  }
  const seen = new Set<number>();
  return ranked.filter((p) => !seen.has(p.gameId) && seen.add(p.gameId)).slice(0, count);
}

function readCheckpoint(db: CatalogDatabase, count: number): Checkpoint | null {
  const raw = db.prepare("SELECT value FROM catalog_meta WHERE key = ?").pluck().get(CHECKPOINT_KEY) as string | undefined;
  if (!raw) return null;
  try {
    const checkpoint = JSON.parse(raw) as Checkpoint;
    return checkpoint.count === count ? checkpoint : null;
  } catch {
    return null;
  }
}

export async function syncPopularGames(
  db: CatalogDatabase,
  client: IgdbClient,
  writer: CatalogWriter,
  options: { count: number; fresh?: boolean; onProgress?: (p: SyncProgress) => void },
): Promise<SyncResult> {
  const started = performance.now();
  const report = options.onProgress ?? (() => {});
  const previous = options.fresh ? null : readCheckpoint(db, options.count);
  const checkpoint: Checkpoint = previous ?? { count: options.count, startedAt: new Date().toISOString() };
  db.prepare("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, ?)").run(CHECKPOINT_KEY, JSON.stringify(checkpoint));

  report({ phase: "popularity", done: 0, total: options.count });
  const ranked = await fetchPopularity(client, options.count);
  // IGDB's popularity values are tiny fractions; the catalog ranks on 0..100, relative to the top game.
  const top = Math.max(...ranked.map((p) => p.value), Number.EPSILON);
  const popularity = new Map(ranked.map((p) => [p.gameId, Math.min(100, (100 * p.value) / top)]));
  report({ phase: "popularity", done: ranked.length, total: options.count });

  const fresh = db.prepare("SELECT id FROM games WHERE synced_at >= ?").pluck().all(checkpoint.startedAt) as number[];
  const alreadyDone = new Set(fresh);
  const todo = ranked.map((p) => p.gameId).filter((id) => !alreadyDone.has(id));
  let written = 0;
  let unchanged = 0;
  let missing = 0;
  report({ phase: "games", done: ranked.length - todo.length, total: ranked.length });
  for (const ids of chunk(todo, IDS_PER_QUERY * QUERIES_PER_REQUEST)) {
    const games = await fetchGamesByIds(client, ids);
    const local = readLocalVersions(db, ids);
    const current = games.filter((g) => isUpToDate(local.get(g.id), g));
    const changed = games.filter((g) => !isUpToDate(local.get(g.id), g));
    const statuses = await writer.write([
      ...syncedWrites(
        current.map((g) => g.id),
        popularity,
      ),
      ...changed.map((g) => ({ kind: "game.upsert" as const, game: toCatalogInput(g, popularity.get(g.id)) })),
    ]);
    written += statuses.slice(current.length).filter((s) => s.state === "applied").length;
    unchanged += current.length;
    missing += ids.length - games.length;
    report({ phase: "games", done: ranked.length - todo.length + written + unchanged + missing, total: ranked.length });
  }
  db.prepare("DELETE FROM catalog_meta WHERE key = ?").run(CHECKPOINT_KEY);
  report({ phase: "done", done: ranked.length, total: ranked.length });
  return {
    requested: options.count,
    ranked: ranked.length,
    written,
    unchanged,
    skipped: ranked.length - todo.length,
    missing,
    resumed: previous !== null,
    ms: performance.now() - started,
  };
}
