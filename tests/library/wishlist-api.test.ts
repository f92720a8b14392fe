// The wishlist API through the real route handlers, signed in with a real Auth.js session cookie, on a fresh
// PostgreSQL database: entries with and without a price-drop alert, changes, removal and the 4xx answers.
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";

import { entryRoutes, popularGames, UNKNOWN_GAME_ID } from "./support/entry-routes";

setUpAccountsDatabase();

const [first, second, third] = popularGames(3).map((g) => g.id) as [number, number, number];
let api: ReturnType<typeof entryRoutes>;
let userId: string;

beforeAll(async () => {
  const user = await createUser("wisher");
  userId = user.id;
  api = entryRoutes(await sessionCookie(user));
});

describe("POST /api/users/me/wishlist", () => {
  it("adds a game with a price-drop alert, the amount normalised and the currency upper-cased", async () => {
    const { status, body } = await api.addToWishlist({
      gameId: first,
      priceDropThreshold: 19.9,
      currency: "eur",
      notes: "Wait for a sale",
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ gameId: first, priceDropThreshold: "19.90", currency: "EUR", notes: "Wait for a sale" });
    expect(body.game).toMatchObject({ id: first, slug: expect.any(String) });
  });

  it("adds a game without an alert", async () => {
    const { status, body } = await api.addToWishlist({ gameId: second });
    expect(status).toBe(201);
    expect(body).toMatchObject({ priceDropThreshold: null, currency: null, notes: null });
  });

  it("answers 409 for a game already on the wishlist and keeps its alert", async () => {
    const { status, body } = await api.addToWishlist({ gameId: first });
    expect([status, body.error.code]).toEqual([409, "conflict"]);
    const row = await (await getDb()).wishlistEntry.findUniqueOrThrow({ where: { userId_gameId: { userId, gameId: first } } });
    expect(row.priceDropThreshold?.toFixed(2)).toBe("19.90");
  });

  it("answers 404 for a game the catalog does not have", async () => {
    expect((await api.addToWishlist({ gameId: UNKNOWN_GAME_ID })).status).toBe(404);
  });

  it.each([
    ["a threshold without a currency", { priceDropThreshold: "10" }, "currency"],
    ["a currency without a threshold", { currency: "USD" }, "currency"],
    ["a zero threshold", { priceDropThreshold: "0", currency: "USD" }, "priceDropThreshold"],
    ["three decimals", { priceDropThreshold: "9.999", currency: "USD" }, "priceDropThreshold"],
    ["an unknown currency", { priceDropThreshold: "10", currency: "EUX" }, "currency"],
  ])("answers 400 for %s and stores nothing", async (_case, fields, field) => {
    const { status, body } = await api.addToWishlist({ gameId: third, ...fields });
    expect([status, body.error.code]).toEqual([400, "invalid_parameters"]);
    expect(body.error.details.fields).toHaveProperty(field);
    expect(await (await getDb()).wishlistEntry.count({ where: { userId, gameId: third } })).toBe(0);
  });

  it("refuses a form post and a cross-site origin with 403", async () => {
    expect((await api.addToWishlist(`gameId=${third}`, { "content-type": "application/x-www-form-urlencoded" })).status).toBe(403);
    expect((await api.addToWishlist({ gameId: third }, { origin: "https://evil.example" })).status).toBe(403);
  });
});

describe("GET, PATCH and DELETE on the wishlist", () => {
  it("lists the wishlist newest first with game cards", async () => {
    const { status, body } = await api.listWishlist();
    expect(status).toBe(200);
    expect(body.entries.map((e: { gameId: number }) => e.gameId)).toEqual([second, first]);
    expect(body.total).toBe(2);
    for (const entry of body.entries) expect(entry.game.id).toBe(entry.gameId);
  });

  it("changes the alert (amount and currency together), clears it with nulls, and refuses one alone", async () => {
    expect((await api.changeWishlist(second, { priceDropThreshold: "5", currency: "usd" })).body).toMatchObject({
      priceDropThreshold: "5.00",
      currency: "USD",
    });
    expect((await api.changeWishlist(second, { priceDropThreshold: "4" })).status).toBe(400);
    expect((await api.changeWishlist(second, { notes: "Gift idea" })).body).toMatchObject({
      priceDropThreshold: "5.00",
      notes: "Gift idea",
    });
    expect((await api.changeWishlist(second, { priceDropThreshold: null, currency: null })).body).toMatchObject({
      priceDropThreshold: null,
      currency: null,
    });
  });

  it("answers 404 when changing or removing a game that is not on the wishlist", async () => {
    expect((await api.changeWishlist(third, { notes: "x" })).status).toBe(404);
    expect((await api.removeFromWishlist(third)).status).toBe(404);
  });

  it("removes an entry with 204", async () => {
    expect((await api.removeFromWishlist(first)).status).toBe(204);
    expect((await api.listWishlist()).body.entries.map((e: { gameId: number }) => e.gameId)).toEqual([second]);
  });
});
