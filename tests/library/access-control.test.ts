// Who may touch which rows: every library and wishlist route answers 401 to a signed-out request, and one
// signed-in user can never read, change or remove another's entries (IDOR), whatever ids they send.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";

import { entryRoutes, popularGames } from "./support/entry-routes";

setUpAccountsDatabase();

const [shared, onlyA] = popularGames(2).map((g) => g.id) as [number, number];

describe("signed out", () => {
  const api = entryRoutes();
  it.each([
    ["GET library", () => api.listLibrary()],
    ["POST library", () => api.addToLibrary({ gameId: shared })],
    ["PATCH library entry", () => api.changeLibrary(shared, { rating: 5 })],
    ["DELETE library entry", () => api.removeFromLibrary(shared)],
    ["GET wishlist", () => api.listWishlist()],
    ["POST wishlist", () => api.addToWishlist({ gameId: shared })],
    ["PATCH wishlist entry", () => api.changeWishlist(shared, { notes: "x" })],
    ["DELETE wishlist entry", () => api.removeFromWishlist(shared)],
  ])("%s answers 401 JSON", async (_route, call) => {
    const { status, body } = await call();
    expect(status).toBe(401);
    expect(body.error).toEqual({ code: "unauthorized", message: expect.any(String) });
  });
});

describe("user B against user A's entries", () => {
  let a: ReturnType<typeof entryRoutes>;
  let b: ReturnType<typeof entryRoutes>;
  let aId: string;
  const snapshot = async () => {
    const db = await getDb();
    return {
      library: await db.libraryEntry.findMany({ where: { userId: aId }, orderBy: { gameId: "asc" } }),
      wishlist: await db.wishlistEntry.findMany({ where: { userId: aId }, orderBy: { gameId: "asc" } }),
    };
  };
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    const [userA, userB] = [await createUser("alice"), await createUser("bob")];
    aId = userA.id;
    a = entryRoutes(await sessionCookie(userA));
    b = entryRoutes(await sessionCookie(userB));
    expect((await a.addToLibrary({ gameId: shared, status: "PLAYING", rating: 8, notes: "Alice's notes" })).status).toBe(201);
    expect((await a.addToLibrary({ gameId: onlyA, status: "COMPLETED" })).status).toBe(201);
    expect((await a.addToWishlist({ gameId: onlyA, priceDropThreshold: "10", currency: "EUR" })).status).toBe(201);
    before = await snapshot();
  });

  it("B cannot read them: B's lists are empty", async () => {
    const library = await b.listLibrary();
    expect(library.body).toMatchObject({ entries: [], total: 0, counts: { PLAYING: 0, COMPLETED: 0 } });
    expect((await b.listWishlist()).body).toMatchObject({ entries: [], total: 0 });
  });

  it("B cannot change them: PATCH on A's games answers 404", async () => {
    expect((await b.changeLibrary(shared, { rating: 1, notes: "Bob was here" })).status).toBe(404);
    expect((await b.changeLibrary(onlyA, { status: "DROPPED" })).status).toBe(404);
    expect((await b.changeWishlist(onlyA, { priceDropThreshold: null, currency: null })).status).toBe(404);
  });

  it("B cannot remove them: DELETE on A's games answers 404", async () => {
    expect((await b.removeFromLibrary(shared)).status).toBe(404);
    expect((await b.removeFromLibrary(onlyA)).status).toBe(404);
    expect((await b.removeFromWishlist(onlyA)).status).toBe(404);
  });

  it("B cannot write into A's rows by naming A in the body: the user comes from the session only", async () => {
    const { status, body } = await b.addToLibrary({ gameId: shared, userId: aId, status: "DROPPED", rating: 1 });
    expect(status).toBe(201);
    expect(body).toMatchObject({ gameId: shared, status: "DROPPED" });
    expect((await b.changeLibrary(shared, { userId: aId, rating: 2 })).body.rating).toBe(2);
    expect((await b.removeFromLibrary(shared)).status).toBe(204);
  });

  it("A's entries are exactly as they were, and A still sees and controls them", async () => {
    expect(await snapshot()).toEqual(before);
    const library = await a.listLibrary();
    expect(library.body.entries.map((e: { gameId: number; notes: string | null }) => [e.gameId, e.notes])).toEqual(
      expect.arrayContaining([
        [shared, "Alice's notes"],
        [onlyA, null],
      ]),
    );
    expect((await a.changeLibrary(shared, { rating: 10 })).body.rating).toBe(10);
  });
});
