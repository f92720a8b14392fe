// A game on its way to SQLite as the search engine will see it once stored, so the instance that fetched
// it from IGDB can rank and find it at once instead of waiting for the drainer.
import type { SearchDocument } from "./search-document";
import { sortNameOf, type CatalogGameInput } from "./write-games";

export function searchDocumentOf(game: CatalogGameInput, popularity: number): SearchDocument {
  const platformIds = new Set(game.platforms.map((p) => p.id));
  for (const r of game.releases) if (r.platformId !== null) platformIds.add(r.platformId);
  const years = new Set(game.releases.flatMap((r) => (r.year === null ? [] : [r.year])));
  if (game.firstReleaseYear !== null) years.add(game.firstReleaseYear);
  return {
    id: game.id,
    titles: [game.name, ...new Set(game.alternativeNames.filter((t) => t.trim() && t !== game.name))],
    popularity: game.popularity ?? popularity,
    platformIds: [...platformIds],
    years: [...years],
    sortName: sortNameOf(game.name),
    firstReleaseDate: game.firstReleaseDate,
  };
}
