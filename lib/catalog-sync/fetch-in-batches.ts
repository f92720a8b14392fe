// Fetches many games by id: 500 per query (IGDB's limit cap), 10 queries per multiquery (its cap), so
// one request of the 4/s budget brings up to 5,000 games.
import { gamesByIdsQuery, reshapeGames, type IgdbClient, type IgdbGame, type NamedQuery } from "@/lib/igdb";

export const IDS_PER_QUERY = 500;
export const QUERIES_PER_REQUEST = 10;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** One multiquery's worth (≤ 5,000 ids) of games; ids IGDB no longer has are simply absent. */
export async function fetchGamesByIds(client: IgdbClient, ids: readonly number[]): Promise<IgdbGame[]> {
  const queries: NamedQuery[] = chunk(ids, IDS_PER_QUERY).map((part, i) => ({
    name: `games-${i}`,
    endpoint: "games",
    body: gamesByIdsQuery(part),
  }));
  const results = await client.multiquery(queries);
  return results.flatMap((r) => ("result" in r ? reshapeGames(r.result) : []));
}
