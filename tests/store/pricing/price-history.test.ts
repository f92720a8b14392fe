// Price history for players: the shaping of the history (all-time low, its badge), and GET /api/games/{id}/prices
// through the real route on PostgreSQL: the Omnibus lowest price of 30 days with a sale that started and ended
// inside the window, the all-time low during a deeper sale, unlisted and never-listed games, and malformed input.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { GET as pricesRoute } from "@/app/api/games/[id]/prices/route";
import { getCatalogDb } from "@/lib/catalog/db";
import { recordPriceChanges } from "@/lib/store/pricing/record-price-changes";
import { summarizePriceHistory } from "@/lib/store/pricing/summarize-price-history";

import { addPriceChange, createListing, createSale, daysFrom, freshGameId } from "./support/price-fixtures";
import { setUpStoreDatabase } from "./support/store-database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const now = new Date();
const point = (days: number, price: string, regular = price, percent = 0) => ({
  effective_from: daysFrom(now, days).toISOString(),
  price,
  regular_price: regular,
  discount_percent: percent,
});

describe("summarizePriceHistory", () => {
  it("finds the all-time low, dated by the last time it came into force, and badges a current price that is one", () => {
    const points = [point(-90, "40.00"), point(-60, "20.00", "40.00", 50), point(-50, "40.00"), point(-5, "20.00", "40.00", 50)];
    expect(summarizePriceHistory(points, { price: "20.00" }, now)).toEqual({
      all_time_low: { price: "20.00", at: daysFrom(now, -5).toISOString() },
      is_all_time_low: true,
    });
  });

  it("gives no badge to a price that never changed, nor to a price above the low", () => {
    expect(summarizePriceHistory([point(-90, "19.99")], { price: "19.99" }, now)).toEqual({
      all_time_low: { price: "19.99", at: daysFrom(now, -90).toISOString() },
      is_all_time_low: false,
    });
    const points = [point(-90, "40.00"), point(-60, "10.00", "40.00", 75), point(-50, "40.00"), point(-5, "30.00", "40.00", 25)];
    expect(summarizePriceHistory(points, { price: "30.00" }, now)).toMatchObject({
      all_time_low: { price: "10.00" },
      is_all_time_low: false,
    });
  });

  it("counts a current price below every recorded one (the recorder not caught up yet), and none for no history", () => {
    expect(summarizePriceHistory([point(-90, "40.00")], { price: "12.00" }, now)).toEqual({
      all_time_low: { price: "12.00", at: now.toISOString() },
      is_all_time_low: true,
    });
    expect(summarizePriceHistory([], null, now)).toEqual({ all_time_low: null, is_all_time_low: false });
  });

  it("compares amounts as decimals, not as text ('9.99' is below '10.00')", () => {
    expect(summarizePriceHistory([point(-9, "10.00"), point(-3, "9.99")], { price: "9.99" }, now)).toMatchObject({
      all_time_low: { price: "9.99" },
      is_all_time_low: true,
    });
  });
});

describe("GET /api/games/{id}/prices", () => {
  setUpStoreDatabase("postgres");

  async function prices(id: number | string, { query = "", headers = {} as Record<string, string> } = {}) {
    const res = await pricesRoute(new NextRequest(`http://localhost/api/games/${id}/prices${query}`, { headers }), {
      params: Promise.resolve({ id: String(id) }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
  }

  it("serves the history with the Omnibus low of a sale that started and ended inside the 30 days, and the all-time low", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { EUR: "40.00", USD: "39.99" }, { listedAt: daysFrom(now, -100) });
    await createSale([listingId], 25, daysFrom(now, -20), daysFrom(now, -15)); // inside the window: 30.00
    await createSale([listingId], 50, daysFrom(now, -2), daysFrom(now, 5)); // now: 20.00
    await recordPriceChanges({ now }); // as the every-minute job does

    const { status, headers, body } = await prices(gameId, { query: "?currency=eur" });
    expect(status).toBe(200);
    expect(headers.get("vary")).toMatch(/Cookie/);
    expect(headers.get("cache-control")).toMatch(/private/);
    expect(body).toMatchObject({
      game_id: gameId,
      currency: "EUR",
      current: { price: "20.00", regular_price: "40.00", discount_percent: 50, sale_ends_at: daysFrom(now, 5).toISOString() },
      lowest_price_30d: "30.00",
      all_time_low: { price: "20.00", at: daysFrom(now, -2).toISOString() },
      is_all_time_low: true,
    });
    expect(body.points).toEqual([
      point(-100, "40.00"),
      point(-20, "30.00", "40.00", 25),
      point(-15, "40.00"),
      point(-2, "20.00", "40.00", 50),
    ]);
    // Decimal strings, never JSON numbers.
    for (const p of body.points as Json[]) expect(typeof p.price).toBe("string");

    // Another currency is its own history, chosen by the cookie when no ?currency= is given (39.99 at 50%: 20.00 off, half up).
    const usd = await prices(gameId, { headers: { cookie: "questlog_currency=USD" } });
    expect(usd.body).toMatchObject({ currency: "USD", current: { price: "19.99", regular_price: "39.99" }, lowest_price_30d: "29.99" });
  });

  it("answers an unlisted game with current null and its past points, and a catalog game never listed with an empty history", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { USD: "9.99" }, { listedAt: daysFrom(now, -50), unlistedAt: daysFrom(now, -1) });
    await addPriceChange(listingId, "USD", daysFrom(now, -50), "9.99");
    const unlisted = await prices(gameId, { query: "?currency=USD" });
    expect(unlisted.status).toBe(200);
    expect(unlisted.body).toMatchObject({ current: null, lowest_price_30d: null, is_all_time_low: false, points: [point(-50, "9.99")] });

    const catalogGame = getCatalogDb().prepare(`SELECT id FROM games ORDER BY popularity DESC LIMIT 1`).pluck().get() as number;
    const never = await prices(catalogGame, { query: "?currency=GBP" });
    expect(never.status).toBe(200);
    expect(never.body).toEqual({
      game_id: catalogGame,
      currency: "GBP",
      current: null,
      lowest_price_30d: null,
      all_time_low: null,
      is_all_time_low: false,
      points: [],
    });
  });

  it("answers 404 for a game that does not exist", async () => {
    const res = await prices(2_000_000_000);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });

  it.each([
    ["a word", "abc", ""],
    ["zero", "0", ""],
    ["a negative id", "-5", ""],
    ["an id past int4", "99999999999", ""],
    ["SQL in the id", "1' OR '1'='1", ""],
    ["an unknown currency", "1", "?currency=XYZ"],
    ["a three-decimal currency", "1", "?currency=KWD"],
    ["an empty currency", "1", "?currency="],
    ["SQL in the currency", "1", "?currency=USD'%3B%20DROP%20TABLE%20%22PriceChange%22--"],
    ["a huge currency", "1", `?currency=${"U".repeat(10_000)}`],
  ])("answers 400 for %s", async (_, id, query) => {
    const res = await prices(id, { query });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameters");
  });

  it("ignores a garbage currency cookie and falls back to Accept-Language", async () => {
    const gameId = freshGameId();
    await createListing(gameId, { GBP: "8.99" });
    await recordPriceChanges({ now });
    const res = await prices(gameId, { headers: { cookie: "questlog_currency=<script>", "accept-language": "en-GB" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ currency: "GBP", current: { price: "8.99" } });
  });
});
