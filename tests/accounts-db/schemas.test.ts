// The zod schemas data passes through on its way into LibraryEntry and WishlistEntry rows.
import { describe, expect, it } from "vitest";

import { createLibraryEntryBodySchema, updateLibraryEntryBodySchema } from "@/lib/library/library-entry-schemas";
import { currencyCodeSchema, moneyAmountSchema } from "@/lib/money/money-schemas";
import { createWishlistEntryBodySchema, updateWishlistEntryBodySchema } from "@/lib/wishlist/wishlist-entry-schemas";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("moneyAmountSchema", () => {
  it.each([
    ["12.5", "12.50"],
    [12.5, "12.50"],
    ["007.1", "7.10"],
    [" 3 ", "3.00"],
    ["99999999.99", "99999999.99"],
  ])("normalises %j to %j", (input, expected) => {
    expect(moneyAmountSchema.parse(input)).toBe(expected);
  });

  it.each(["0", "0.00", "-1", "1.234", "123456789", "1e3", "12,50", "", 0.1 + 0.2])("rejects %j", (input) => {
    expect(moneyAmountSchema.safeParse(input).success).toBe(false);
  });
});

describe("currencyCodeSchema", () => {
  it("accepts ISO 4217 codes in any case and upper-cases them; rejects anything else", () => {
    expect(currencyCodeSchema.parse(" eur ")).toBe("EUR");
    expect(currencyCodeSchema.parse("JPY")).toBe("JPY");
    for (const bad of ["EUX", "EU", "EURO", "€"]) expect(currencyCodeSchema.safeParse(bad).success).toBe(false);
  });
});

describe("createLibraryEntryBodySchema", () => {
  it("defaults the status to WANT and normalises platform and notes", () => {
    expect(createLibraryEntryBodySchema.parse({ gameId: 42, platform: " SNES ", notes: "   " })).toEqual({
      gameId: 42,
      status: "WANT",
      platform: "snes",
      notes: null,
    });
  });

  it("rejects ratings outside 1–10, non-integer ratings, unknown statuses, impossible days and bad game ids", () => {
    for (const body of [
      { gameId: 1, rating: 0 },
      { gameId: 1, rating: 11 },
      { gameId: 1, rating: 7.5 },
      { gameId: 1, status: "BEATEN" },
      { gameId: 1, startedAt: "2024-13-01" },
      { gameId: 1, startedAt: "01/02/2024" },
      { gameId: 0 },
      { gameId: "12" },
    ]) {
      expect(createLibraryEntryBodySchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it("accepts a finish on the start day and refuses one before it", () => {
    expect(createLibraryEntryBodySchema.safeParse({ gameId: 1, startedAt: "2025-01-01", finishedAt: "2025-01-01" }).success).toBe(true);
    expect(issues(createLibraryEntryBodySchema.safeParse({ gameId: 1, startedAt: "2025-01-02", finishedAt: "2025-01-01" }))).toEqual([
      "finishedAt: finishedAt is before startedAt",
    ]);
  });
});

describe("updateLibraryEntryBodySchema", () => {
  it("keeps left-out fields out and null as an explicit clear", () => {
    expect(updateLibraryEntryBodySchema.parse({})).toEqual({});
    expect(updateLibraryEntryBodySchema.parse({ rating: null, status: "DROPPED" })).toEqual({ rating: null, status: "DROPPED" });
  });
});

describe("wishlist entry bodies", () => {
  it("take a threshold only together with its currency", () => {
    expect(createWishlistEntryBodySchema.parse({ gameId: 5 })).toEqual({ gameId: 5 });
    expect(createWishlistEntryBodySchema.parse({ gameId: 5, priceDropThreshold: 19.9, currency: "usd" })).toEqual({
      gameId: 5,
      priceDropThreshold: "19.90",
      currency: "USD",
    });
    expect(issues(createWishlistEntryBodySchema.safeParse({ gameId: 5, priceDropThreshold: "10" }))).toEqual([
      "currency: priceDropThreshold and currency go together",
    ]);
    expect(createWishlistEntryBodySchema.safeParse({ gameId: 5, currency: "EUR" }).success).toBe(false);
  });

  it("update both or neither: clearing sends null for both", () => {
    expect(updateWishlistEntryBodySchema.parse({ notes: "gift idea" })).toEqual({ notes: "gift idea" });
    expect(updateWishlistEntryBodySchema.parse({ priceDropThreshold: null, currency: null })).toEqual({
      priceDropThreshold: null,
      currency: null,
    });
    expect(updateWishlistEntryBodySchema.safeParse({ priceDropThreshold: "5" }).success).toBe(false);
    expect(updateWishlistEntryBodySchema.safeParse({ priceDropThreshold: null }).success).toBe(false);
  });
});
