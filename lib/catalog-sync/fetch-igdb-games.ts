// Games fetched from IGDB, reshaped into complete games: the search leg's one query (lib/search/ask-igdb.ts),
// batched with other concurrent cold searches into shared multiqueries, and single games by id or slug.
import {
  gameBySlugQuery,
  gamesByIdsQuery,
  reshapeGames,
  searchGamesQuery,
  type GameSearchFilters,
  type IgdbClient,
  type IgdbGame,
} from "@/lib/igdb";

export async function searchIgdb(client: IgdbClient, text: string, limit: number, filters: GameSearchFilters = {}): Promise<IgdbGame[]> {
  return reshapeGames(await client.batched("games", searchGamesQuery(text, limit, filters)));
}

export async function fetchIgdbGameById(client: IgdbClient, id: number): Promise<IgdbGame | null> {
  return reshapeGames(await client.batched("games", gamesByIdsQuery([id])))[0] ?? null;
}

export async function fetchIgdbGameBySlug(client: IgdbClient, slug: string): Promise<IgdbGame | null> {
  return reshapeGames(await client.batched("games", gameBySlugQuery(slug)))[0] ?? null;
}
