import "server-only";

import { hiddenGameIds } from "./curation/is-game-hidden";
import { loadGameSummaries } from "./load-game-summaries";
import { GameCardSchema, type GameCard } from "./schemas";

/**
 * Each entry with its game's card from the local catalog, in one read for the whole list. `game` is null for a
 * game the replica does not hold (yet): one just fetched from IGDB whose write is still queued. A game an admin
 * hid keeps its card, marked `listed: false`.
 *
 * @example
 * attachGameCards([{ gameId: 1234, status: "PLAYING" }]); // [{ gameId: 1234, status: "PLAYING", game: { id, name, slug, cover_url, platforms, listed } }]
 */
export function attachGameCards<E extends { gameId: number }>(entries: readonly E[]): Array<E & { game: GameCard | null }> {
  const ids = [...new Set(entries.map((e) => e.gameId))];
  const hidden = hiddenGameIds(ids);
  const cards = new Map(
    loadGameSummaries(ids, { includeHidden: true }).map((game) => [
      game.id,
      GameCardSchema.parse({ ...game, listed: !hidden.has(game.id) }),
    ]),
  );
  return entries.map((entry) => ({ ...entry, game: cards.get(entry.gameId) ?? null }));
}
