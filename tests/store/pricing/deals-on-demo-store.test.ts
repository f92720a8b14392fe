// The Deals query and the search's price list on the demo store (5,000 games in four currencies, ~10% on sale,
// their price history), on real PostgreSQL and on PGlite: paging answers every deal once, the search's price list
// agrees with the offers, and the timings are printed (mean of warm runs; no timed assertion).
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { listDemoGames } from "@/lib/store/listings/list-demo-games";
import { seedDemoListings } from "@/lib/store/listings/seed-demo-listings";
import { DEAL_SORTS } from "@/lib/store/pricing/deal-schemas";
import { getOffers } from "@/lib/store/pricing/get-offers";
import { listDeals } from "@/lib/store/pricing/list-deals";
import { forgetStorePrices, listStorePrices } from "@/lib/store/pricing/list-store-prices";
import { BACKENDS } from "@/tests/accounts-db/support/test-database";

import { setUpStoreDatabase } from "./support/store-database";

const mean = async (runs: number, fn: () => Promise<unknown>) => {
  await fn();
  const started = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - started) / runs;
};

describe.each(BACKENDS)("deals on the demo store, %s", (kind) => {
  setUpStoreDatabase(kind);

  it("lists every game on sale, in each sort, in the prices the offers give, and measures it", async () => {
    await getDb();
    const games = listDemoGames(5_000);
    const seeded = await seedDemoListings({ games });
    if (!seeded.seeded) throw new Error("the demo store was not seeded");

    const total = (await listDeals({ sort: "discount", page: 1 }, "USD")).total;
    expect(total).toBe(seeded.onSale);
    const everyDeal = new Set<number>();
    for (let page = 1; page <= Math.ceil(total / 24); page++)
      for (const deal of (await listDeals({ sort: "ends_soon", page }, "USD")).deals) everyDeal.add(deal.game_id);
    expect(everyDeal.size).toBe(total);

    // The search's price list (the running sales joined in memory) agrees with getOffers (discountLine) for every game on sale.
    const list = await listStorePrices("JPY");
    const onSale = list.filter((p) => p.onSale);
    expect(onSale.length).toBe(seeded.onSale);
    const offers = await getOffers(
      onSale.map((p) => p.gameId),
      "JPY",
    );
    for (const price of onSale) expect(BigInt(offers.get(price.gameId)!.price.replace(".", ""))).toBe(price.hundredths);

    const timings: string[] = [];
    for (const sort of DEAL_SORTS) timings.push(`${sort} ${(await mean(10, () => listDeals({ sort, page: 1 }, "EUR"))).toFixed(1)} ms`);
    timings.push(`ends_soon page 10 ${(await mean(10, () => listDeals({ sort: "ends_soon", page: 10 }, "EUR"))).toFixed(1)} ms`);
    const priceList = await mean(10, async () => {
      forgetStorePrices();
      return listStorePrices("EUR");
    });
    console.info(
      `[bench] ${kind}, ${total} deals among 5,000 listings: listDeals ${timings.join(", ")}; the search's price list (5,000 prices) ${priceList.toFixed(1)} ms uncached`,
    );
  }, 180_000);
});
