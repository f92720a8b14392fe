// bench:scale's traffic: 70% searches, Zipf-weighted over the search benchmark's queries (a few queries are
// most of the traffic, as on a real store), 20% game pages (Zipf over the games those searches find), and
// 10% signed-in library reads, each as one of a few players.

/** Picks index i of n with probability ∝ 1/(i+1)^s: rank 1 is the most asked. */
export function zipfPicker(n: number, s = 1, random = Math.random): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative.push((sum += 1 / (i + 1) ** s));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface MixSources {
  queries: string[];
  gameSlugs: string[];
  /** Cookie headers of signed-in players. */
  playerCookies: string[];
}

export interface MixedRequest {
  kind: "search" | "game_page" | "library";
  path: string;
  headers: Record<string, string>;
}

export const MIX_SHARES = { search: 0.7, game_page: 0.2, library: 0.1 } as const;

/** A function returning the next request of the mix. */
export function trafficMix({ queries, gameSlugs, playerCookies }: MixSources, random = Math.random): () => MixedRequest {
  const query = zipfPicker(queries.length, 1, random);
  const game = zipfPicker(gameSlugs.length, 1, random);
  return (): MixedRequest => {
    const x = random();
    if (x < MIX_SHARES.search) return { kind: "search", path: `/api/games/search?q=${encodeURIComponent(queries[query()]!)}`, headers: {} };
    if (x < MIX_SHARES.search + MIX_SHARES.game_page) return { kind: "game_page", path: `/games/${gameSlugs[game()]!}`, headers: {} };
    const cookie = playerCookies[Math.floor(random() * playerCookies.length)]!;
    return { kind: "library", path: "/api/users/me/library", headers: { cookie } };
  };
}
