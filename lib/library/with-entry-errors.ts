import { AppError } from "@/lib/errors/app-error";
import { isPrismaError } from "@/lib/errors/prisma-errors";

/**
 * Runs a write on one of the caller's entries (library or wishlist), turning the database's answers into
 * clear API errors: the (user, game) unique index → 409 conflict, no such row → 404 not_found. The row is
 * always addressed by the session's user id and the game, so "not yours" and "not there" are one answer.
 */
export async function withEntryErrors<T>(list: "library" | "wishlist", gameId: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isPrismaError(error, "P2002")) {
      throw new AppError("conflict", `This game is already on your ${list}; change it with PATCH /api/users/me/${list}/${gameId}.`, {
        gameId,
      });
    }
    if (isPrismaError(error, "P2025")) throw new AppError("not_found", `This game is not on your ${list}.`, { gameId });
    throw error;
  }
}
