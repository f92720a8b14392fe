// One game fetched again from IGDB on an admin's request, whatever its synced_at, and written through the
// catalog write queue like every other IGDB copy (admin overrides live apart, in game_curation, and stay).
import type { CatalogWriter } from "@/lib/catalog-writes/catalog-write";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import type { IgdbClient } from "@/lib/igdb";

import { fetchIgdbGameById } from "./fetch-igdb-games";
import { toCatalogInput } from "./igdb-to-catalog";
import { readLocalVersions } from "./local-versions";

export interface RefreshGameResult {
  id: number;
  name: string;
  /** "unchanged": IGDB has the version we held (only synced_at moved). */
  outcome: "inserted" | "rewritten" | "unchanged";
}

/**
 * Null when IGDB has no such game; IGDB's own failures (5xx after retries, timeouts, an open circuit)
 * are thrown as they are, so the caller can say why. Resolves once this instance's replica has the row.
 */
export async function refreshGame(
  db: CatalogDatabase,
  client: IgdbClient,
  writer: CatalogWriter,
  id: number,
): Promise<RefreshGameResult | null> {
  const game = await fetchIgdbGameById(client, id);
  if (!game) return null;
  const input = toCatalogInput(game);
  const local = readLocalVersions(db, [id]).get(id);
  const [status] = await writer.write([{ kind: "game.upsert", game: input }]);
  if (status?.state !== "applied")
    throw new Error(`The catalog write was ${status?.state ?? "lost"}${status?.reason ? `: ${status.reason}` : ""}`);
  const same =
    local !== undefined &&
    input.igdbChecksum !== null &&
    local.igdbChecksum === input.igdbChecksum &&
    local.igdbUpdatedAt === input.igdbUpdatedAt;
  return { id, name: game.name, outcome: !local ? "inserted" : same ? "unchanged" : "rewritten" };
}
