import "server-only";

import { loadGameSummaries } from "./load-game-summaries";
import { GameCardSchema, type GameCard } from "./schemas";

/**
 * Each entry with its game's card from the local catalog, in one read for the whole list. `game` is null for a
 * game the replica does not hold (yet): one just fetched from IGDB whose write is still queued.
 *
 * @example
 * attachGameCards([{ gameId: 1234, status: "PLAYING" }]); // [{ gameId: 1234, status: "PLAYING", game: { id, name, slug, cover_url, platforms } }]
 */
export function attachGameCards<E extends { gameId: number }>(entries: readonly E[]): Array<E & { game: GameCard | null }> {
  const cards = new Map(loadGameSummaries([...new Set(entries.map((e) => e.gameId))]).map((game) => [game.id, GameCardSchema.parse(game)]));
  return entries.map((entry) => ({ ...entry, game: cards.get(entry.gameId) ?? null }));
}
