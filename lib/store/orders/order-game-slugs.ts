import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";

/** Catalog slugs of the games in some orders (a game that left the catalog has none: its line still reads by title). */
export function orderGameSlugs(orders: ReadonlyArray<{ lines: ReadonlyArray<{ gameId: number }> }>): Map<number, string> {
  const ids = [...new Set(orders.flatMap((order) => order.lines.map((line) => line.gameId)))];
  return new Map(loadGameSummaries(ids, { includeHidden: true }).map((game) => [game.id, game.slug]));
}
