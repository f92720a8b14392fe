// getOffers on real PostgreSQL and on PGlite: offers with and without a sale, the deepest of two sales,
// unlisted games, a currency with no price, yen rounding, and the Omnibus prior price from the price history.
import { describe, expect, it } from "vitest";

import { getOffers } from "@/lib/store/pricing/get-offers";
import { BACKENDS } from "@/tests/accounts-db/support/test-database";

import { addPriceChange, createListing, createSale, daysFrom, freshGameId } from "./support/price-fixtures";
import { setUpStoreDatabase } from "./support/store-database";

describe.each(BACKENDS)("getOffers on %s", (kind) => {
  setUpStoreDatabase(kind);
  const now = new Date();

  it("gives the regular price when no sale runs, and nothing for games without a listing", async () => {
    const gameId = freshGameId();
    await createListing(gameId, { USD: "19.99", EUR: "19.99", GBP: "16.99", JPY: "2480.00" });
    const offers = await getOffers([gameId, freshGameId()], "GBP", { now });
    expect(offers.size).toBe(1);
    expect(offers.get(gameId)).toEqual({
      currency: "GBP",
      price: "16.99",
      regular_price: "16.99",
      discount_percent: 0,
      sale_ends_at: null,
      lowest_price_30d: "16.99",
    });
  });

  it("applies the deepest running sale, rounded once per line, and ignores sales not running now", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { USD: "12.99", JPY: "1980.00" });
    const endsAt = daysFrom(now, 5);
    await createSale([listingId], 25, daysFrom(now, -2), daysFrom(now, 9));
    await createSale([listingId], 33, daysFrom(now, -1), endsAt);
    await createSale([listingId], 90, daysFrom(now, 1), daysFrom(now, 3)); // not yet
    await createSale([listingId], 80, daysFrom(now, -9), daysFrom(now, -3)); // over
    const usd = (await getOffers([gameId], "USD", { now })).get(gameId);
    // 12.99 × 33% = 4.2867 → 4.29 off, once.
    expect(usd).toMatchObject({ price: "8.70", regular_price: "12.99", discount_percent: 33, sale_ends_at: endsAt.toISOString() });
    const jpy = (await getOffers([gameId], "JPY", { now })).get(gameId);
    // ¥1,980 × 33% = ¥653.4 → ¥653 off: whole yen.
    expect(jpy).toMatchObject({ currency: "JPY", price: "1327.00", regular_price: "1980.00", discount_percent: 33 });
  });

  it("rounds yen half up to the whole yen", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { JPY: "1990.00" });
    await createSale([listingId], 15, daysFrom(now, -1), daysFrom(now, 1));
    // ¥1,990 × 15% = ¥298.5 → ¥299 off.
    expect((await getOffers([gameId], "JPY", { now })).get(gameId)?.price).toBe("1691.00");
  });

  it("has no offer for an unlisted game, nor in a currency the listing has no price in", async () => {
    const unlisted = freshGameId();
    await createListing(unlisted, { USD: "9.99" }, { unlistedAt: daysFrom(now, -1) });
    const usdOnly = freshGameId();
    await createListing(usdOnly, { USD: "9.99" });
    expect((await getOffers([unlisted, usdOnly], "USD", { now })).has(unlisted)).toBe(false);
    expect((await getOffers([usdOnly], "USD", { now })).has(usdOnly)).toBe(true);
    expect((await getOffers([usdOnly], "EUR", { now })).size).toBe(0);
  });

  it("answers an empty map for no games, and ignores ids no game can have", async () => {
    expect((await getOffers([], "USD")).size).toBe(0);
    expect((await getOffers([-1, 0, 2 ** 40, 1.5], "USD")).size).toBe(0);
  });

  it("gives as prior price, during a sale that started 10 days ago, the price before it", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { EUR: "40.00" }, { listedAt: daysFrom(now, -100) });
    await createSale([listingId], 50, daysFrom(now, -10), daysFrom(now, 4));
    await addPriceChange(listingId, "EUR", daysFrom(now, -100), "40.00");
    await addPriceChange(listingId, "EUR", daysFrom(now, -10), "20.00", "40.00", 50);
    const offer = (await getOffers([gameId], "EUR", { now })).get(gameId);
    expect(offer).toMatchObject({ price: "20.00", regular_price: "40.00", discount_percent: 50, lowest_price_30d: "40.00" });
  });

  it("counts a sale within the window, and not one that ended 40 days ago", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { EUR: "40.00" }, { listedAt: daysFrom(now, -100) });
    await addPriceChange(listingId, "EUR", daysFrom(now, -100), "40.00");
    await addPriceChange(listingId, "EUR", daysFrom(now, -50), "10.00", "40.00", 75); // ended 40 days ago
    await addPriceChange(listingId, "EUR", daysFrom(now, -40), "40.00");
    expect((await getOffers([gameId], "EUR", { now })).get(gameId)?.lowest_price_30d).toBe("40.00");

    // A later sale at −25% ran from 20 to 15 days ago: the price then was 30.00, within the window.
    await addPriceChange(listingId, "EUR", daysFrom(now, -20), "30.00", "40.00", 25);
    await addPriceChange(listingId, "EUR", daysFrom(now, -15), "40.00");
    expect((await getOffers([gameId], "EUR", { now })).get(gameId)?.lowest_price_30d).toBe("30.00");
  });

  it("counts the row in force 30 days ago, even though it started before the window", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { USD: "59.99" }, { listedAt: daysFrom(now, -100) });
    await addPriceChange(listingId, "USD", daysFrom(now, -35), "29.99", "59.99", 50); // in force until 5 days ago
    await addPriceChange(listingId, "USD", daysFrom(now, -5), "59.99");
    expect((await getOffers([gameId], "USD", { now })).get(gameId)?.lowest_price_30d).toBe("29.99");
  });

  it("counts the newest row when the recorder has not yet caught up with the price in force now", async () => {
    const gameId = freshGameId();
    const listingId = await createListing(gameId, { USD: "20.00" }, { listedAt: daysFrom(now, -100) });
    await addPriceChange(listingId, "USD", daysFrom(now, -100), "20.00");
    await createSale([listingId], 50, new Date(now.getTime() - 1000), daysFrom(now, 2)); // started a second ago
    expect((await getOffers([gameId], "USD", { now })).get(gameId)).toMatchObject({ price: "10.00", lowest_price_30d: "20.00" });
  });
});
