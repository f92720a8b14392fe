// Stripe's exponent table (docs.stripe.com/currencies): what "minor units" means per currency at Stripe's API,
// which is not always ISO 4217's. Zero-decimal currencies are sent as whole units; ISK is zero-decimal yet,
// for backwards compatibility, still sent ×100; three-decimal currencies are refused, since our Decimal(10, 2)
// columns cannot hold their amounts. Amounts cross as integers: a JS number is what the Stripe API takes, and
// a Decimal(10, 2) amount is far below 2^53 in any unit.
import { fromHundredths, isWholeCoins, toHundredths } from "./amount";

const ZERO_DECIMAL = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "JPY",
  "KMF",
  "KRW",
  "MGA",
  "PYG",
  "RWF",
  "UGX",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);
const THREE_DECIMAL = new Set(["BHD", "JOD", "KWD", "OMR", "TND", "IQD"]);
/** Zero-decimal in use, but Stripe takes two decimals (5 ISK → 500). */
const TWO_DECIMAL_ON_THE_WIRE = new Set(["ISK"]);

export class UnsupportedCurrencyError extends Error {
  constructor(currency: string, reason: string) {
    super(`${currency}: ${reason}`);
    this.name = "UnsupportedCurrencyError";
  }
}

function exponentAtStripe(currency: string): 0 | 2 {
  const code = currency.toUpperCase();
  if (THREE_DECIMAL.has(code))
    throw new UnsupportedCurrencyError(code, "three-decimal currencies are not sold (prices are stored with two places)");
  return ZERO_DECIMAL.has(code) ? 0 : 2;
}

/** "19.99" USD → 1999; "1980.00" JPY → 1980; "5.00" ISK → 500. A fraction of a yen is refused, not rounded. */
export function toStripeMinorUnits(amount: string, currency: string): number {
  const code = currency.toUpperCase();
  const hundredths = toHundredths(amount);
  const wholeOnly = exponentAtStripe(code) === 0 || TWO_DECIMAL_ON_THE_WIRE.has(code);
  if (wholeOnly && !isWholeCoins(amount, code))
    throw new UnsupportedCurrencyError(code, `${amount} is not a whole amount, and ${code} has no minor unit`);
  return Number(exponentAtStripe(code) === 2 ? hundredths : hundredths / 100n);
}

/** The inverse: 1999 USD → "19.99", 1980 JPY → "1980.00", 500 ISK → "5.00". */
export function fromStripeMinorUnits(units: number, currency: string): string {
  const code = currency.toUpperCase();
  if (!Number.isSafeInteger(units)) throw new RangeError(`Stripe amounts are integers, got ${units}`);
  const value = BigInt(units);
  if (exponentAtStripe(code) === 2 || TWO_DECIMAL_ON_THE_WIRE.has(code)) return fromHundredths(value);
  return fromHundredths(value * 100n);
}
