import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  addAmounts,
  allocate,
  discountLine,
  formatMoney,
  fromHundredths,
  fromStripeMinorUnits,
  MoneyFormatError,
  toHundredths,
  toStripeMinorUnits,
  UnsupportedCurrencyError,
} from "@/lib/money";

const hundredths = fc.bigInt({ min: 0n, max: 99_999_999_99n });
const amount = hundredths.map(fromHundredths);
const yen = fc.bigInt({ min: 0n, max: 99_999_999n }).map((n) => fromHundredths(n * 100n));

describe("amounts", () => {
  it("parses and prints decimal strings exactly", () => {
    expect(toHundredths("12.9")).toBe(1290n);
    expect(fromHundredths(1290n)).toBe("12.90");
    expect(fromHundredths(-5n)).toBe("-0.05");
    expect(addAmounts("0.10", "0.20")).toBe("0.30");
    for (const bad of ["", "1.999", "1e3", "abc", "12,99", "NaN"]) expect(() => toHundredths(bad)).toThrow(MoneyFormatError);
  });

  it("round-trips every amount through hundredths", () => {
    fc.assert(fc.property(hundredths, (h) => toHundredths(fromHundredths(h)) === h));
  });
});

describe("discounts, rounded once per line", () => {
  it("rounds half up to the cent, and to the whole yen", () => {
    expect(discountLine("12.99", 33, "USD")).toEqual({ discount: "4.29", price: "8.70" });
    expect(discountLine("0.05", 50, "EUR")).toEqual({ discount: "0.03", price: "0.02" });
    expect(discountLine("1980.00", 25, "JPY")).toEqual({ discount: "495.00", price: "1485.00" });
    expect(discountLine("1990.00", 33, "JPY")).toEqual({ discount: "657.00", price: "1333.00" });
  });

  it("never gives a negative price or a fraction of a yen", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 100 }), (regular, percent) => {
        const { discount, price } = discountLine(regular, percent, "USD");
        return toHundredths(price) >= 0n && addAmounts(discount, price) === regular;
      }),
    );
    fc.assert(
      fc.property(yen, fc.integer({ min: 0, max: 100 }), (regular, percent) => {
        const { discount, price } = discountLine(regular, percent, "JPY");
        return toHundredths(discount) % 100n === 0n && addAmounts(discount, price) === regular;
      }),
    );
  });
});

describe("largest-remainder allocation", () => {
  it("splits 10.00 three ways as 3.34, 3.33, 3.33", () => {
    expect(allocate("10.00", ["1.00", "1.00", "1.00"], "USD")).toEqual(["3.34", "3.33", "3.33"]);
    expect(allocate("100", ["19.99", "0.00", "39.98"], "JPY")).toEqual(["33.00", "0.00", "67.00"]);
  });

  it("always sums to the total, in whole coins, within one coin of the exact share", () => {
    const weights = fc.array(amount, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(amount, weights, (total, parts) => {
        const split = allocate(total, parts, "USD");
        return split.length === parts.length && addAmounts(...split) === total;
      }),
    );
    fc.assert(
      fc.property(yen, fc.array(yen, { minLength: 1, maxLength: 8 }), (total, parts) => {
        const split = allocate(total, parts, "JPY");
        return addAmounts(...split) === total && split.every((part) => toHundredths(part) % 100n === 0n);
      }),
    );
  });
});

describe("Stripe minor units", () => {
  it("follows Stripe's exponent table", () => {
    expect(toStripeMinorUnits("19.99", "usd")).toBe(1999);
    expect(toStripeMinorUnits("1980.00", "JPY")).toBe(1980);
    expect(toStripeMinorUnits("5.00", "ISK")).toBe(500);
    expect(fromStripeMinorUnits(500, "ISK")).toBe("5.00");
    expect(fromStripeMinorUnits(1980, "jpy")).toBe("1980.00");
    expect(() => toStripeMinorUnits("1980.50", "JPY")).toThrow(UnsupportedCurrencyError);
    expect(() => toStripeMinorUnits("5.50", "ISK")).toThrow(UnsupportedCurrencyError);
    expect(() => toStripeMinorUnits("1.00", "KWD")).toThrow(UnsupportedCurrencyError);
    expect(() => fromStripeMinorUnits(1.5, "USD")).toThrow(RangeError);
  });

  it("round-trips exactly for two- and zero-decimal currencies", () => {
    fc.assert(fc.property(amount, (a) => fromStripeMinorUnits(toStripeMinorUnits(a, "EUR"), "EUR") === a));
    fc.assert(fc.property(yen, (a) => fromStripeMinorUnits(toStripeMinorUnits(a, "JPY"), "JPY") === a));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        (units) => toStripeMinorUnits(fromStripeMinorUnits(units, "KRW"), "KRW") === units,
      ),
    );
  });
});

describe("display", () => {
  it("formats with the currency's own digits, from the exact string", () => {
    expect(formatMoney("12.99", "USD")).toBe("$12.99");
    expect(formatMoney("1980.00", "JPY")).toBe("¥1,980");
    expect(formatMoney("12345678.99", "EUR", "de-DE")).toBe("12.345.678,99\u00a0€");
  });
});
