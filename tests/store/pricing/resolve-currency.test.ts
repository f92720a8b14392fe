// The visitor's currency: the cookie when it names a currency we sell, else Accept-Language, else USD.
import { describe, expect, it } from "vitest";

import { currencyFromAcceptLanguage, resolveCurrency } from "@/lib/store/currency/resolve-currency";

describe("resolveCurrency", () => {
  it.each([
    // cookie, Accept-Language, expected
    ["EUR", "en-US", "EUR"],
    ["jpy", "en-GB", "JPY"],
    [" gbp ", null, "GBP"],
    ["XYZ", "en-GB", "GBP"], // not sellable: the header decides
    ["", "ja", "JPY"],
    ["KWD", "fr-FR", "EUR"],
    [undefined, undefined, "USD"],
    [null, "", "USD"],
  ])("cookie %j with Accept-Language %j → %s", (cookie, header, expected) => {
    expect(resolveCurrency(cookie, header)).toBe(expected);
  });
});

describe("currencyFromAcceptLanguage", () => {
  it.each([
    ["en-GB", "GBP"],
    ["en-gb", "GBP"],
    ["en_GB", "GBP"],
    ["ja", "JPY"],
    ["ja-JP", "JPY"],
    ["de", "EUR"],
    ["de-DE", "EUR"],
    ["fr", "EUR"],
    ["es-ES", "EUR"],
    ["it", "EUR"],
    ["nl-NL", "EUR"],
    ["pt-PT", "EUR"],
    ["fi", "EUR"],
    ["en-IE", "EUR"], // the region wins over the language
    ["de-CH", "USD"], // a region whose currency we do not sell
    ["es-MX", "USD"],
    ["pt-BR", "USD"],
    ["en-US", "USD"],
    ["en", "USD"],
    ["zh-Hant-TW", "USD"],
    ["ko-KR", "USD"],
    ["*", "USD"],
    ["en-GB,en;q=0.9,de;q=0.8", "GBP"],
    ["de;q=0.4,ja;q=0.9", "JPY"], // by q-value, not order
    ["en,ja;q=0.5", "USD"], // the first choice decides
    ["ja;q=0,fr", "EUR"], // q=0 means "not acceptable"
    ["garbage;;;q=abc, ,,", "USD"],
  ])("%j → %s", (header, expected) => {
    expect(currencyFromAcceptLanguage(header)).toBe(expected);
  });

  it("bounds the work on a hostile header", () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `x${i};q=0.${i % 9}`).join(",");
    const started = performance.now();
    expect(currencyFromAcceptLanguage(header)).toBe("USD");
    expect(performance.now() - started).toBeLessThan(200);
  });
});
