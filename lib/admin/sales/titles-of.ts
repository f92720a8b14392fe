import "server-only";

import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";

/** Catalog titles for game ids, in one read (the local catalog; absent for a game it does not hold). */
export function titlesOf(ids: readonly number[]): Map<number, string> {
  return new Map(loadGameSummaries([...new Set(ids)], { includeHidden: true }).map((g) => [g.id, g.name]));
}
