import "server-only";

import type { AdminActor } from "@/lib/auth/admin-actor";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import type { GameCurationChanges } from "@/lib/catalog/curation/game-curation-changes";
import { AppError } from "@/lib/errors/app-error";

import type { AdminGameDetail } from "./admin-catalog-schemas";
import { getAdminGame } from "./get-admin-game";

/**
 * Writes an admin's curation through the catalog write queue (so every instance's replica applies it, in
 * the stream's order with IGDB's own writes) and waits until this instance has applied it, so the
 * console's next read, and the public page it revalidates, already show the change.
 */
export async function curateGameNow(id: number, changes: GameCurationChanges, admin: AdminActor): Promise<AdminGameDetail> {
  const by = admin.email ?? "admin-api-token";
  const [status] = await getCatalogWriteQueue().write([{ kind: "game.curate", id, changes, by }]);
  if (status?.state !== "applied") {
    throw new AppError(
      "unavailable",
      `The change was not applied (${status?.state ?? "unknown"}${status?.reason ? `: ${status.reason}` : ""}).`,
      undefined,
      5,
    );
  }
  const game = getAdminGame(id);
  if (!game) throw new AppError("not_found", `No game has the id ${id}.`);
  return game;
}
