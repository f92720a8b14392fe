import type { GameDetail } from "@/lib/catalog/schemas";

/**
 * One sentence about a game for meta descriptions, share cards and structured data: its year, platforms and
 * publisher, the facts every catalog game has (most have no summary).
 *
 * @example
 * describeGame(robocop) // "RoboCop (1988) on Arcade, NES, Game Boy, published by Data East."
 */
export function describeGame(game: Pick<GameDetail, "name" | "release_year" | "platforms" | "publisher">): string {
  const platforms = game.platforms.map((p) => p.name).join(", ");
  return `${game.name} (${game.release_year ?? "unknown year"}) on ${platforms}${game.publisher ? `, published by ${game.publisher}` : ""}.`;
}
