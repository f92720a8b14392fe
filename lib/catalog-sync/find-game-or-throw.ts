import "server-only";

import type { GameDetail } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/errors/app-error";

import { findGameById } from "./find-game";

/**
 * The game with this id from the catalog (or IGDB, then stored), or AppError("not_found"). For writes that
 * refer to a game, such as library and wishlist entries, so that no entry points at a game that does not exist.
 */
export async function findGameOrThrow(id: number): Promise<GameDetail> {
  const game = await findGameById(id);
  if (!game) throw new AppError("not_found", `No game has the id ${id}.`, { gameId: id });
  return game;
}
