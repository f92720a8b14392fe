// Picks titles that only the IGDB stand-in holds (the least popular games, outside the seeded slice) and
// that no other game upstream shares words with, so a search for each is a guaranteed cold IGDB search.
// Used by the e2e burst test and `npm run bench:igdb`; talks to the stand-in over its IGDB API.
export const STANDIN_CLIENT = { id: "questlog-standin", secret: "questlog-standin-secret" };

async function igdb(standinUrl: string, token: string, path: string, body: string): Promise<unknown> {
  for (;;) {
    const res = await fetch(`${standinUrl}/v4/${path}`, {
      method: "POST",
      headers: { "Client-ID": STANDIN_CLIENT.id, Authorization: `Bearer ${token}` },
      body,
    });
    if (res.status === 429) {
      await new Promise((r) => setTimeout(r, 300));
      continue;
    }
    if (!res.ok) throw new Error(`stand-in ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }
}

export async function pickUpstreamOnlyTitles(standinUrl: string, count: number): Promise<string[]> {
  const tokenRes = await fetch(
    `${standinUrl}/oauth2/token?client_id=${STANDIN_CLIENT.id}&client_secret=${STANDIN_CLIENT.secret}&grant_type=client_credentials`,
    { method: "POST" },
  );
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  // The 2,000 least popular games: far outside any seeded slice (the replica holds the most popular).
  const pages = [0, 1, 2, 3].map(
    (p) => `query popularity_primitives "${p}" { fields game_id; sort value asc; limit 500; offset ${p * 500}; };`,
  );
  const ranked = (await igdb(standinUrl, token, "multiquery", pages.join("\n"))) as Array<{ result: Array<{ game_id: number }> }>;
  const ids = ranked.flatMap((r) => r.result.map((p) => p.game_id));
  const lookups = [0, 1, 2, 3].map(
    (p) => `query games "${p}" { fields name; where id = (${ids.slice(p * 500, p * 500 + 500).join(",")}); limit 500; };`,
  );
  const named = (await igdb(standinUrl, token, "multiquery", lookups.join("\n"))) as Array<{ result: Array<{ name: string }> }>;
  const games = named.flatMap((r) => r.result);
  const seen = new Set<string>();
  const candidates = games
    .map((g) => g.name)
    .filter((name) => /^[A-Za-z][A-Za-z' -]{7,40}$/.test(name) && name.split(" ").filter((w) => w.length >= 4).length >= 2)
    .filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
  const picked: string[] = [];
  for (let i = 0; i < candidates.length && picked.length < count; i += 10) {
    const group = candidates.slice(i, i + 10);
    const body = group.map((name, j) => `query games/count "${j}" { search "${name}"; };`).join("\n");
    const counts = (await igdb(standinUrl, token, "multiquery", body)) as Array<{ name: string; count: number }>;
    for (const c of counts) if (c.count === 1 && picked.length < count) picked.push(group[Number(c.name)]!);
    await new Promise((r) => setTimeout(r, 300)); // stay well inside 4 requests/s
  }
  if (picked.length < count) throw new Error(`only ${picked.length} upstream-only titles found`);
  return picked;
}
