// Games for sale in the e2e server's database, for the cart specs: found through the search API as a player finds
// them, then listed at known prices by writing Listing and ListingPrice rows to the server's PostgreSQL, as the
// admin tools will. A game listed already (zero-config demo listings) is set to the same prices and taken out of
// any sale, so the specs' totals hold whatever seeding did.
import { randomBytes } from "node:crypto";

import { expect, type APIRequestContext } from "@playwright/test";
import pg from "pg";

import { e2eDatabaseUrl } from "../../tests/support/test-postgres";

export interface CartTestGame {
  id: number;
  slug: string;
  name: string;
}

export const E2E_PRICES = { USD: "19.99", EUR: "17.99", GBP: "15.99", JPY: "2480.00" } as const;

/** `count` games found by `query`, each listed at E2E_PRICES. */
export async function listGamesForSale(request: APIRequestContext, query: string, count: number): Promise<CartTestGame[]> {
  // The first cart read opens (and migrates) the server's accounts database, so the tables exist below.
  expect((await request.get("/api/cart")).status()).toBe(200);
  const res = await request.get(`/api/games/search?q=${encodeURIComponent(query)}`);
  expect(res.status()).toBe(200);
  const { results } = (await res.json()) as { results: CartTestGame[] };
  const games = results.slice(0, count).map(({ id, slug, name }) => ({ id, slug, name }));
  expect(games).toHaveLength(count);
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    for (const game of games) {
      await client.query(
        `INSERT INTO "Listing" (id, "gameId", "updatedAt") VALUES ($1, $2, now()) ON CONFLICT ("gameId") DO UPDATE SET "unlistedAt" = NULL`,
        [`e2e${randomBytes(10).toString("hex")}`, game.id],
      );
      for (const [currency, amount] of Object.entries(E2E_PRICES)) {
        await client.query(
          `INSERT INTO "ListingPrice" ("listingId", currency, amount, "updatedAt")
           SELECT id, $2, $3, now() FROM "Listing" WHERE "gameId" = $1
           ON CONFLICT ("listingId", currency) DO UPDATE SET amount = EXCLUDED.amount, "updatedAt" = now()`,
          [game.id, currency, amount],
        );
      }
      await client.query(`DELETE FROM "SaleItem" WHERE "listingId" = (SELECT id FROM "Listing" WHERE "gameId" = $1)`, [game.id]);
    }
  } finally {
    await client.end();
  }
  return games;
}
