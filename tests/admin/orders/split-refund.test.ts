// How an admin's partial refund is split over lines: exactly the total, never more than is left of a line when
// the total is not more than what is left of them all, in whole coins of the currency.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { splitRefund } from "@/lib/admin/orders/split-refund";
import { addAmounts, compareAmounts, fromHundredths, isWholeCoins } from "@/lib/money";

describe("splitRefund", () => {
  it("gives each line its own amount, or all that is left of it, without a total", () => {
    const parts = splitRefund(
      [
        { lineId: "a", title: "A", left: "19.99", asked: "5.00" },
        { lineId: "b", title: "B", left: "9.99" },
      ],
      undefined,
      "USD",
    );
    expect(parts.map((p) => p.amount)).toEqual(["5.00", "9.99"]);
  });

  it("splits a total by largest remainder: 10.00 over three equal lines is 3.34 + 3.33 + 3.33", () => {
    const lines = ["a", "b", "c"].map((lineId) => ({ lineId, title: lineId, left: "19.99" }));
    expect(splitRefund(lines, "10.00", "USD").map((p) => p.amount)).toEqual(["3.34", "3.33", "3.33"]);
    expect(splitRefund(lines.slice(0, 2), "1001.00", "JPY").map((p) => p.amount)).toEqual(["501.00", "500.00"]);
  });

  it("always sums to the total, and no line gets more than is left of it when the total fits (property)", () => {
    // Amounts are built from bigint coins, never JS numbers: a line's coins left, then a total up to their sum.
    const caseOf = fc.constantFrom("USD", "EUR", "JPY").chain((currency) =>
      fc.array(fc.bigInt({ min: 0n, max: 1_000_000n }), { minLength: 1, maxLength: 12 }).chain((coins) => {
        const sum = coins.reduce((a, b) => a + b, 0n);
        return fc.record({
          currency: fc.constant(currency),
          coins: fc.constant(coins),
          total: fc.bigInt({ min: 1n, max: sum > 0n ? sum : 1n }),
        });
      }),
    );
    fc.assert(
      fc.property(caseOf, ({ currency, coins, total }) => {
        const coin = currency === "JPY" ? 100n : 1n;
        const lines = coins.map((c, i) => ({ lineId: String(i), title: String(i), left: fromHundredths(c * coin) }));
        const totalAmount = fromHundredths(total * coin);
        const parts = splitRefund(lines, totalAmount, currency);
        expect(addAmounts("0.00", ...parts.map((p) => p.amount))).toBe(totalAmount);
        if (coins.every((c) => c === 0n)) return;
        for (const part of parts) {
          expect(compareAmounts(part.amount, part.left)).toBeLessThanOrEqual(0);
          expect(isWholeCoins(part.amount, currency)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
