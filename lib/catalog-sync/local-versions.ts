// What the replica knows of each game's IGDB version, to write only what changed upstream.
import type { CatalogWrite } from "@/lib/catalog-writes/catalog-write";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";

export interface LocalVersion {
  igdbUpdatedAt: number | null;
  igdbChecksum: string | null;
}

export function readLocalVersions(db: CatalogDatabase, ids: readonly number[]): Map<number, LocalVersion> {
  const versions = new Map<number, LocalVersion>();
  if (ids.length === 0) return versions;
  const rows = db
    .prepare(`SELECT id, igdb_updated_at, igdb_checksum FROM games WHERE id IN (${ids.map(() => "?").join(",")})`)
    .all(...ids) as Array<{ id: number; igdb_updated_at: number | null; igdb_checksum: string | null }>;
  for (const r of rows) versions.set(r.id, { igdbUpdatedAt: r.igdb_updated_at, igdbChecksum: r.igdb_checksum });
  return versions;
}

/**
 * Up to date when IGDB's updated_at is not newer than ours and its checksum (when we recorded one) is the
 * same. Seeded rows carry the seed time and no checksum, so they count as current until IGDB edits them.
 */
export function isUpToDate(local: LocalVersion | undefined, remote: { updatedAt: number | null; checksum: string | null }): boolean {
  if (!local || local.igdbUpdatedAt === null || remote.updatedAt === null) return false;
  if (remote.updatedAt > local.igdbUpdatedAt) return false;
  return local.igdbChecksum === null || remote.checksum === null || local.igdbChecksum === remote.checksum;
}

/** The writes recording that these games were checked against IGDB now (and, when given, their new popularity). */
export function syncedWrites(ids: readonly number[], popularity?: ReadonlyMap<number, number>): CatalogWrite[] {
  return ids.map((id) => ({ kind: "game.synced", id, popularity: popularity?.get(id) ?? null }));
}
