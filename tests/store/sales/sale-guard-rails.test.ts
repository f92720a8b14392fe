// Steam's guard-rails on real PostgreSQL, each refused with 409 and the rule as the code: a sale lasts 1 day to
// 2 weeks, starts now or later, covers listed games only, overlaps no other sale of a game, keeps the cooldown
// (SALE_COOLDOWN_DAYS) before and after; the percentage is validated (400); a base-price edit is refused while a
// sale is scheduled or live; a sale is deleted only before it starts.
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { updateListing } from "@/lib/store/listings/update-listing";
import { createSale } from "@/lib/store/sales/create-sale";
import { deleteSale } from "@/lib/store/sales/delete-sale";
import { previewSale } from "@/lib/store/sales/preview-sale";
import { createSaleBodySchema } from "@/lib/store/sales/sale-schemas";
import { setUpStoreDatabase } from "@/tests/store/pricing/support/store-database";

import { DAY_MS, HOUR_MS, listedGames, saleBody } from "./support/sale-fixtures";

setUpStoreDatabase("postgres", { SALE_COOLDOWN_DAYS: "28" });

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("sale guard-rails", () => {
  it("schedules a valid sale and lists its games", async () => {
    const games = await listedGames(3);
    const sale = await createSale(saleBody(games), "admin-1");
    expect(sale).toMatchObject({ percent: 40, status: "scheduled", game_count: 3, created_by: "admin-1", started_at: null });
    const db = await getDb();
    expect(await db.saleItem.count({ where: { saleId: sale.id } })).toBe(3);
  });

  it.each([
    ["sale_too_short", { ends_at: new Date(Date.now() + HOUR_MS + DAY_MS - 60_000) }],
    ["sale_too_long", { ends_at: new Date(Date.now() + HOUR_MS + 14 * DAY_MS + 60_000) }],
    ["sale_starts_in_past", { starts_at: new Date(Date.now() - 2 * HOUR_MS), ends_at: new Date(Date.now() + DAY_MS) }],
  ])("refuses %s with 409", async (code, overrides) => {
    const games = await listedGames(1);
    const error = await refusal(createSale(saleBody(games, overrides), null));
    expect(error.code).toBe(code);
    expect(error.status).toBe(409);
  });

  it("accepts exactly 1 day and exactly 2 weeks", async () => {
    const now = Date.now();
    const [a, b] = await listedGames(2);
    await createSale(saleBody([a!], { starts_at: new Date(now + HOUR_MS), ends_at: new Date(now + HOUR_MS + DAY_MS) }), null);
    await createSale(saleBody([b!], { starts_at: new Date(now + HOUR_MS), ends_at: new Date(now + HOUR_MS + 14 * DAY_MS) }), null);
  });

  it("refuses games that are not listed (no listing, or unlisted) with game_not_listed", async () => {
    const [listed, unlisted] = await listedGames(2);
    await (await getDb()).listing.update({ where: { gameId: unlisted! }, data: { unlistedAt: new Date() } });
    const error = await refusal(createSale(saleBody([listed!, unlisted!, 1_999_999_999]), null));
    expect(error.code).toBe("game_not_listed");
    expect((error.details as { game_ids: number[] }).game_ids.sort()).toEqual([unlisted!, 1_999_999_999].sort());
  });

  it("refuses an overlapping sale on a game with sale_overlap, and names the game and the sale", async () => {
    const [shared, other] = await listedGames(2);
    const first = await createSale(saleBody([shared!]), null);
    const error = await refusal(
      createSale(
        saleBody([other!, shared!], { starts_at: new Date(Date.now() + 2 * DAY_MS), ends_at: new Date(Date.now() + 5 * DAY_MS) }),
        null,
      ),
    );
    expect(error.code).toBe("sale_overlap");
    expect(error.details).toMatchObject({ game_ids: [shared], sale_ids: [first.id] });
    await expect((await getDb()).sale.count({ where: { items: { some: { listing: { gameId: other! } } } } })).resolves.toBe(0);
  });

  it("refuses a sale within the cooldown after or before another with sale_cooldown, and accepts one just outside", async () => {
    const [game] = await listedGames(1);
    const now = Date.now();
    const first = await createSale(saleBody([game!], {}, now), null); // ends at now + 1 h + 3 days
    const firstEnd = now + HOUR_MS + 3 * DAY_MS;
    const after = (gapDays: number) => ({
      starts_at: new Date(firstEnd + gapDays * DAY_MS),
      ends_at: new Date(firstEnd + gapDays * DAY_MS + 2 * DAY_MS),
    });
    expect((await refusal(createSale(saleBody([game!], after(27)), null))).code).toBe("sale_cooldown");
    const later = await createSale(saleBody([game!], after(28)), null);
    expect(later.id).not.toBe(first.id);
    // And before: a sale ending 10 days before another starts.
    const [second] = await listedGames(1);
    await createSale(saleBody([second!], { starts_at: new Date(now + 60 * DAY_MS), ends_at: new Date(now + 62 * DAY_MS) }), null);
    const before = { starts_at: new Date(now + 40 * DAY_MS), ends_at: new Date(now + 50 * DAY_MS) };
    expect((await refusal(createSale(saleBody([second!], before), null))).code).toBe("sale_cooldown");
  });

  it("uses SALE_COOLDOWN_DAYS from the environment", async () => {
    const { setTestEnv } = await import("@/tests/support/with-env");
    const restore = setTestEnv({ SALE_COOLDOWN_DAYS: "0" });
    try {
      const [game] = await listedGames(1);
      const now = Date.now();
      await createSale(saleBody([game!], {}, now), null);
      const end = now + HOUR_MS + 3 * DAY_MS;
      await createSale(saleBody([game!], { starts_at: new Date(end), ends_at: new Date(end + DAY_MS) }), null);
    } finally {
      restore();
    }
  });

  it("validates the percentage 10–90 (a 400, not a rule)", () => {
    const base = { name: "x", starts_at: new Date().toISOString(), ends_at: new Date().toISOString(), game_ids: [1] };
    for (const percent of [9, 91, 25.5, "40"]) expect(() => createSaleBodySchema.parse({ ...base, percent })).toThrow(ZodError);
    expect(createSaleBodySchema.parse({ ...base, percent: 10 }).percent).toBe(10);
    expect(createSaleBodySchema.parse({ ...base, percent: 90 }).percent).toBe(90);
    expect(() => createSaleBodySchema.parse({ ...base, percent: 50, game_ids: [1, 1] })).toThrow(ZodError);
  });

  it("refuses a base-price edit while a sale is scheduled or live with price_locked_by_sale, and allows list/unlist", async () => {
    const [scheduled, live, free] = await listedGames(3);
    await createSale(saleBody([scheduled!]), null);
    const db = await getDb();
    const liveListing = await db.listing.findUniqueOrThrow({ where: { gameId: live! } });
    await db.sale.create({
      data: {
        name: "Running",
        percent: 50,
        startsAt: new Date(Date.now() - HOUR_MS),
        endsAt: new Date(Date.now() + DAY_MS),
        items: { create: [{ listingId: liveListing.id }] },
      },
    });
    for (const gameId of [scheduled!, live!]) {
      const error = await refusal(updateListing(gameId, { prices: { USD: "24.99" } }));
      expect(error.code).toBe("price_locked_by_sale");
      expect(error.status).toBe(409);
    }
    const usd = await db.listingPrice.findFirstOrThrow({ where: { listingId: liveListing.id, currency: "USD" } });
    expect(usd.amount.toFixed(2)).toBe("19.99");
    // The same price is no edit, and listing/unlisting is not locked.
    await updateListing(live!, { prices: { USD: "19.99" }, listed: false });
    expect((await db.listing.findUniqueOrThrow({ where: { gameId: live! } })).unlistedAt).not.toBeNull();
    // A game with no sale takes the edit.
    expect((await updateListing(free!, { prices: { USD: "24.99" } })).prices).toEqual({ USD: { from: "19.99", to: "24.99" } });
  });

  it("deletes a sale only before it starts (sale_already_started after)", async () => {
    const [a, b] = await listedGames(2);
    const future = await createSale(saleBody([a!]), null);
    await deleteSale(future.id);
    expect(await (await getDb()).sale.findUnique({ where: { id: future.id } })).toBeNull();
    const soon = await createSale(
      saleBody([b!], { starts_at: new Date(Date.now() + 1_000), ends_at: new Date(Date.now() + 2 * DAY_MS) }),
      null,
    );
    const error = await refusal(deleteSale(soon.id, { now: new Date(Date.now() + 2_000) }));
    expect(error.code).toBe("sale_already_started");
    expect((await refusal(deleteSale("no-such-sale"))).code).toBe("not_found");
  });

  it("previews the storefront price per currency, rounded as the storefront rounds, and the rules it would break", async () => {
    const [game] = await listedGames(1);
    const preview = await previewSale({ percent: 33, game_ids: [game!, 1_999_999_998] });
    expect(preview.games[0]).toMatchObject({
      game_id: game,
      listed: true,
      prices: {
        USD: { regular_price: "19.99", price: "13.39" },
        EUR: { regular_price: "17.99", price: "12.05" },
        GBP: { regular_price: "15.99", price: "10.71" },
        JPY: { regular_price: "2480.00", price: "1662.00" },
      },
    });
    expect(preview.games[0]!.title).toEqual(expect.any(String));
    expect(preview.games[1]).toMatchObject({ listed: false, prices: {} });
    const withTimes = await previewSale({
      percent: 33,
      game_ids: [game!, 1_999_999_998],
      starts_at: new Date(Date.now() + HOUR_MS),
      ends_at: new Date(Date.now() + 2 * HOUR_MS),
    });
    expect(withTimes.problems.map((p) => p.code)).toEqual(["sale_too_short", "game_not_listed"]);
  });
});
