// listDeals and GET /api/deals on PostgreSQL: only sales running now, in the currency asked, of listed games; the three
// sorts (discount, ends soon, all-time lows first) with stable ties; paging and totals; the sale price rounded in SQL
// as discountLine rounds it; and malformed input answered 400.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as dealsRoute } from "@/app/api/deals/route";
import { getCatalogDb } from "@/lib/catalog/db";
import type { Currency } from "@/lib/money";
import { DEALS_PAGE_SIZE } from "@/lib/store/pricing/deal-schemas";
import { listDeals } from "@/lib/store/pricing/list-deals";

import { addPriceChange, createListing, createSale, daysFrom } from "./support/price-fixtures";
import { setUpStoreDatabase } from "./support/store-database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

setUpStoreDatabase("postgres");

const now = new Date();
// Real catalog games, so the API's answer carries their covers and titles.
const catalogIds = getCatalogDb().prepare(`SELECT id FROM games ORDER BY popularity DESC LIMIT 40`).pluck().all() as number[];
const game = (i: number) => catalogIds[i]!;

beforeAll(async () => {
  // 0: −50% ending in 2 days; 1: −75% ending in 9 days; 2: −50% ending in 1 day, at its all-time low;
  // 3: −20% at a price it has been below before (not an all-time low); 4: a sale over; 5: a sale to come;
  // 6: unlisted while on sale; 7: no EUR price; 8: two sales at once (the deepest counts).
  const listing = async (i: number, prices: Partial<Record<Currency, string>> = { EUR: "40.00", JPY: "1990.00" }, options = {}) =>
    createListing(game(i), prices, { listedAt: daysFrom(now, -100), ...options });
  const [l0, l1, l2, l3, l4, l5, l6, l7, l8] = [
    await listing(0),
    await listing(1),
    await listing(2),
    await listing(3),
    await listing(4),
    await listing(5),
    await listing(6, undefined, { unlistedAt: daysFrom(now, -1) }),
    await listing(7, { JPY: "1990.00" }),
    await listing(8),
  ];
  await createSale([l0!], 50, daysFrom(now, -1), daysFrom(now, 2));
  await createSale([l1!], 75, daysFrom(now, -1), daysFrom(now, 9));
  await createSale([l2!], 50, daysFrom(now, -1), daysFrom(now, 1));
  await createSale([l3!], 20, daysFrom(now, -1), daysFrom(now, 3));
  await createSale([l4!], 90, daysFrom(now, -9), daysFrom(now, -2));
  await createSale([l5!], 90, daysFrom(now, 1), daysFrom(now, 4));
  await createSale([l6!, l7!], 60, daysFrom(now, -1), daysFrom(now, 3));
  await createSale([l8!], 10, daysFrom(now, -1), daysFrom(now, 6));
  await createSale([l8!], 33, daysFrom(now, -1), daysFrom(now, 2));
  for (const id of [l0!, l1!, l2!, l3!, l8!]) await addPriceChange(id, "EUR", daysFrom(now, -100), "40.00");
  await addPriceChange(l0!, "EUR", daysFrom(now, -40), "10.00", "40.00", 75); // 0 has been cheaper than now
  await addPriceChange(l0!, "EUR", daysFrom(now, -35), "40.00");
  await addPriceChange(l2!, "EUR", daysFrom(now, -1), "20.00", "40.00", 50); // 2: recorded, its lowest ever
  await addPriceChange(l3!, "EUR", daysFrom(now, -60), "20.00", "40.00", 50); // 3: was 20.00 once
  await addPriceChange(l3!, "EUR", daysFrom(now, -55), "40.00");
});

describe("listDeals", () => {
  it("lists the games on sale now in the currency, deepest discount first, ties by the sale ending first", async () => {
    const page = await listDeals({ sort: "discount", page: 1 }, "EUR", { now });
    expect(page.total).toBe(5);
    expect(page.deals.map((d) => d.game_id)).toEqual([game(1), game(2), game(0), game(8), game(3)]);
    expect(page.deals[0]!.offer).toMatchObject({ currency: "EUR", price: "10.00", regular_price: "40.00", discount_percent: 75 });
    expect(page.deals.find((d) => d.game_id === game(8))!.offer.discount_percent).toBe(33);
  });

  it("sorts by the sale ending soonest", async () => {
    const page = await listDeals({ sort: "ends_soon", page: 1 }, "EUR", { now });
    expect(page.deals.map((d) => d.game_id)).toEqual([game(2), game(0), game(8), game(3), game(1)]);
  });

  it("puts the games at their all-time low first (a lower price before means no badge)", async () => {
    const page = await listDeals({ sort: "all_time_low", page: 1 }, "EUR", { now });
    const lows = page.deals.filter((d) => d.is_all_time_low).map((d) => d.game_id);
    // 1 (never recorded below 40.00, 10.00 now), 2 (20.00 recorded, the lowest) and 8 (26.80) are; 0 and 3 are not.
    expect(new Set(lows)).toEqual(new Set([game(1), game(2), game(8)]));
    expect(page.deals.slice(0, 3).every((d) => d.is_all_time_low)).toBe(true);
    expect(page.deals.find((d) => d.game_id === game(0))!.is_all_time_low).toBe(false);
    expect(page.deals.find((d) => d.game_id === game(3))!.is_all_time_low).toBe(false);
  });

  it("rounds the yen sale price in SQL exactly as the offers do (¥1,990 at 75%: ¥1,492.50 off → ¥1,493, pays ¥497)", async () => {
    const page = await listDeals({ sort: "discount", page: 1 }, "JPY", { now });
    expect(page.total).toBe(6); // game 7 has a yen price, and its sale runs
    expect(page.deals[0]!.offer).toMatchObject({ currency: "JPY", price: "497.00", discount_percent: 75 });
  });

  it("pages by 24 without repeating a game, and answers the total past the last page", async () => {
    const more = catalogIds.slice(10, 10 + DEALS_PAGE_SIZE);
    for (const id of more) {
      const listingId = await createListing(id, { GBP: "9.99" }, { listedAt: daysFrom(now, -100) });
      await createSale([listingId], 30, daysFrom(now, -1), daysFrom(now, 2)); // all equal: ties by game id
    }
    const first = await listDeals({ sort: "discount", page: 1 }, "GBP", { now });
    const second = await listDeals({ sort: "discount", page: 2 }, "GBP", { now });
    expect(first.total).toBe(DEALS_PAGE_SIZE);
    expect(first.deals).toHaveLength(DEALS_PAGE_SIZE);
    expect(first.deals.map((d) => d.game_id)).toEqual([...more].sort((a, b) => a - b));
    expect(second).toMatchObject({ total: DEALS_PAGE_SIZE, deals: [] });
  });
});

describe("GET /api/deals", () => {
  async function deals(query: string, headers: Record<string, string> = {}) {
    const res = await dealsRoute(new NextRequest(`http://localhost/api/deals?${query}`, { headers }), undefined);
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
  }

  it("answers a page with each game's summary and offer, in the visitor's currency, never cached shared", async () => {
    const res = await deals("sort=ends_soon", { "accept-language": "de-DE" });
    expect(res.status).toBe(200);
    expect(res.headers.get("vary")).toMatch(/Accept-Language/);
    expect(res.headers.get("cache-control")).toMatch(/private/);
    expect(res.body).toMatchObject({ currency: "EUR", sort: "ends_soon", page: 1, page_size: DEALS_PAGE_SIZE, total: 5 });
    expect(res.body.results[0]).toMatchObject({ id: game(2), slug: expect.any(String), name: expect.any(String), is_all_time_low: true });
    expect(res.body.results[0].offer).toMatchObject({ price: "20.00", lowest_price_30d: "40.00" });
  });

  it.each([
    ["an unknown sort", "sort=price"],
    ["SQL in the sort", "sort=discount%3B%20DROP%20TABLE%20%22Sale%22"],
    ["page 0", "page=0"],
    ["a negative page", "page=-1"],
    ["a fractional page", "page=1.5"],
    ["a page past the bound", "page=501"],
    ["a word for a page", "page=two"],
    ["an unknown currency", "currency=BTC"],
  ])("answers 400 for %s", async (_, query) => {
    const res = await deals(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameters");
  });
});
