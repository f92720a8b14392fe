// The demo price rule, pure: deterministic, era and popularity ordered, store-like price points, ~10% on sale.
import { describe, expect, it } from "vitest";

import { DEMO_SALE_CAMPAIGNS, demoPrice, PRICE_LADDER } from "@/lib/store/listings/demo-price-rule";

const games = Array.from({ length: 5_000 }, (_, rank) => ({ id: 10_000 + rank * 7, year: 1975 + (rank % 45), rank }));

describe("demoPrice", () => {
  it("gives the same game the same price and sale every time", () => {
    for (const game of games.slice(0, 200)) expect(demoPrice(game)).toEqual(demoPrice({ ...game }));
    expect(demoPrice({ id: 1942, year: 1984, rank: 3 })).toMatchInlineSnapshot(`
      {
        "prices": {
          "EUR": "9.99",
          "GBP": "8.99",
          "JPY": "1480.00",
          "USD": "9.99",
        },
        "rung": 4,
        "sale": null,
      }
    `);
  });

  it("prices end in .99, and yen in …80", () => {
    for (const rung of PRICE_LADDER) {
      for (const currency of ["USD", "EUR", "GBP"] as const) expect(rung[currency]).toMatch(/\.99$/);
      expect(rung.JPY).toMatch(/80\.00$/);
    }
  });

  it("makes the ladder rise in every currency", () => {
    for (let i = 1; i < PRICE_LADDER.length; i++) {
      for (const currency of ["USD", "EUR", "GBP", "JPY"] as const) {
        expect(Number(PRICE_LADDER[i]![currency])).toBeGreaterThan(Number(PRICE_LADDER[i - 1]![currency]));
      }
    }
  });

  it("prices classics low and recent games higher, at the same popularity", () => {
    const classic = demoPrice({ id: 5, year: 1981, rank: 3_000 });
    const recent = demoPrice({ id: 5, year: 2015, rank: 3_000 });
    expect(classic.rung).toBeLessThanOrEqual(2);
    expect(recent.rung).toBeGreaterThanOrEqual(6);
  });

  it("makes only the most popular games premium", () => {
    const premium = games.filter((g) => Number(demoPrice(g).prices.USD) >= 39.99);
    expect(premium.length).toBeGreaterThan(0);
    expect(premium.length).toBeLessThan(games.length * 0.05);
    expect(premium.every((g) => g.rank < 500)).toBe(true);
    expect(demoPrice({ id: 5, year: 2015, rank: 0 }).rung).toBeGreaterThan(demoPrice({ id: 5, year: 2015, rank: 4_000 }).rung);
  });

  it("puts about one game in ten on sale, at 10–90% in a known campaign", () => {
    const sales = games.map(demoPrice).flatMap((p) => (p.sale ? [p.sale] : []));
    expect(sales.length / games.length).toBeGreaterThan(0.08);
    expect(sales.length / games.length).toBeLessThan(0.12);
    for (const sale of sales) {
      expect(sale.percent).toBeGreaterThanOrEqual(10);
      expect(sale.percent).toBeLessThanOrEqual(90);
      expect(DEMO_SALE_CAMPAIGNS[sale.campaign]).toBeDefined();
    }
    expect(new Set(sales.map((s) => s.percent)).size).toBeGreaterThan(5);
    expect(new Set(sales.map((s) => s.campaign)).size).toBe(DEMO_SALE_CAMPAIGNS.length);
  });
});
