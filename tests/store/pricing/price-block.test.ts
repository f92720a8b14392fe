// The price block as the server renders it: what a screen reader hears (sale price, regular price, percent off),
// the Omnibus line, and no countdown time baked into HTML (only the end date, until the browser takes over).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { PriceBlock } from "@/components/store/price-block";
import { formatTimeLeft } from "@/components/store/sale-countdown";
import type { Offer } from "@/lib/store/pricing/offer";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

const sale: Offer = {
  currency: "USD",
  price: "8.70",
  regular_price: "12.99",
  discount_percent: 33,
  sale_ends_at: "2030-01-02T15:00:00.000Z",
  lowest_price_30d: "12.99",
};

describe("PriceBlock", () => {
  it("reads a sale as sale price, regular price and percent off, with the prior price and the end date", () => {
    const html = renderToStaticMarkup(createElement(PriceBlock, { offer: sale }));
    expect(text(html)).toContain("Sale price $8.70, regular price $12.99, 33% off");
    expect(html).toMatch(/<s[^>]*>.*\$12\.99<\/s>/);
    expect(html).toContain('aria-hidden="true"'); // the visual "-33%" badge is not read twice
    expect(text(html)).toContain("Lowest price in the last 30 days: $12.99");
    expect(html).toContain('dateTime="2030-01-02T15:00:00.000Z"');
    expect(text(html)).toContain("Sale ends 2 Jan 2030, 15:00 UTC");
  });

  it("shows only the price when no sale runs, and yen without decimals", () => {
    const html = renderToStaticMarkup(
      createElement(PriceBlock, {
        offer: { ...sale, currency: "JPY", price: "1980.00", regular_price: "1980.00", discount_percent: 0, sale_ends_at: null },
      }),
    );
    expect(text(html).trim()).toBe("¥1,980");
  });

  it("keeps the compact variant to one line", () => {
    const html = renderToStaticMarkup(createElement(PriceBlock, { offer: sale, compact: true }));
    expect(text(html)).not.toContain("Lowest price");
    expect(text(html)).not.toContain("Sale ends");
    expect(text(html)).toContain("-33%");
  });
});

describe("formatTimeLeft", () => {
  it.each([
    [3 * 86_400_000 + 4 * 3_600_000 + 5_000, "3 days 4 h"],
    [86_400_000, "1 day 0 h"],
    [2 * 3_600_000 + 12 * 60_000, "2 h 12 min"],
    [4 * 60_000 + 5_000, "4 min 05 s"],
    [0, "now"],
  ])("%d ms → %s", (ms, expected) => {
    expect(formatTimeLeft(ms)).toBe(expected);
  });
});
