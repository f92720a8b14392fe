// Exact money arithmetic on decimal strings ("12.99"), as the accounts database stores amounts: inside, an amount
// is a bigint count of hundredths, so nothing is ever a binary float. Every function takes and returns strings
// with exactly two places, the form Prisma's Decimal(10, 2) reads and writes.
import { currencyDigits } from "./currencies";

const AMOUNT = /^(-)?(\d{1,12})(?:\.(\d{1,2}))?$/;

export class MoneyFormatError extends Error {
  constructor(value: string) {
    super(`not a money amount: ${JSON.stringify(value)} (expected digits with at most two decimals, e.g. 12.99)`);
    this.name = "MoneyFormatError";
  }
}

/** "12.9" → 1290n. Throws MoneyFormatError on anything that is not a plain decimal with ≤ 2 places. */
export function toHundredths(amount: string): bigint {
  const match = AMOUNT.exec(amount.trim());
  if (!match) throw new MoneyFormatError(amount);
  const [, sign, whole, fraction = ""] = match;
  const value = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, "0"));
  return sign ? -value : value;
}

/** 1290n → "12.90". */
export function fromHundredths(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** Normalises any accepted spelling ("12.9", "012.90") to two places ("12.90"). */
export function normalizeAmount(amount: string): string {
  return fromHundredths(toHundredths(amount));
}

export function addAmounts(...amounts: string[]): string {
  return fromHundredths(amounts.reduce((sum, amount) => sum + toHundredths(amount), 0n));
}

export function subtractAmount(from: string, amount: string): string {
  return fromHundredths(toHundredths(from) - toHundredths(amount));
}

export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const difference = toHundredths(a) - toHundredths(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function minAmount(first: string, ...rest: string[]): string {
  return rest.reduce((low, amount) => (compareAmounts(amount, low) < 0 ? amount : low), first);
}

/** Hundredths per smallest coin of the currency: 1 for cents, 100 for whole yen. */
function step(currency: string): bigint {
  return 10n ** BigInt(2 - Math.min(2, currencyDigits(currency)));
}

/** Rounds hundredths to the currency's smallest coin, half away from zero (as shops and receipts do). */
function roundToCoin(hundredths: bigint, currency: string): bigint {
  const unit = step(currency);
  const sign = hundredths < 0n ? -1n : 1n;
  const abs = hundredths * sign;
  return sign * (((abs + unit / 2n) / unit) * unit);
}

/**
 * A percentage off one line, rounded once to the currency's smallest coin: 12.99 at 33% → discount 4.29,
 * price 8.70; ¥1,980 at 25% → discount ¥495. The order's totals are sums of these rounded lines, so the
 * receipt adds up to what is charged.
 */
export function discountLine(regular: string, percent: number, currency: string): { discount: string; price: string } {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(`percent must be an integer 0–100, got ${percent}`);
  const base = toHundredths(regular);
  // × percent / 100 in hundredths-of-hundredths, then round half-up to the coin: one rounding, at the line.
  const exact = base * BigInt(percent);
  const unit = step(currency) * 100n;
  const discount = ((exact + unit / 2n) / unit) * step(currency);
  return { discount: fromHundredths(discount), price: fromHundredths(base - discount) };
}

/**
 * Splits `total` across parts in proportion to `weights` (e.g. a refund across an order's lines), in the
 * currency's smallest coin, by largest remainder: every part is floor(share), and the coins left over go one
 * each to the parts with the largest remainders (ties to the earlier part). The parts always sum to `total`.
 */
export function allocate(total: string, weights: readonly string[], currency: string): string[] {
  const unit = step(currency);
  const totalHundredths = roundToCoin(toHundredths(total), currency);
  if (totalHundredths < 0n) throw new RangeError("cannot allocate a negative amount");
  const coins = totalHundredths / unit;
  const w = weights.map(toHundredths);
  if (w.some((weight) => weight < 0n)) throw new RangeError("weights must not be negative");
  const weightSum = w.reduce((sum, weight) => sum + weight, 0n);
  if (w.length === 0) throw new RangeError("nothing to allocate to");
  if (weightSum === 0n) {
    // No weights to follow: an even split, the same remainder rule.
    return allocate(
      total,
      w.map(() => "1.00"),
      currency,
    );
  }
  const shares = w.map((weight) => ({ floor: (coins * weight) / weightSum, remainder: (coins * weight) % weightSum }));
  let left = coins - shares.reduce((sum, share) => sum + share.floor, 0n);
  const order = shares
    .map((_, index) => index)
    .sort((a, b) => (shares[b]!.remainder > shares[a]!.remainder ? 1 : shares[b]!.remainder < shares[a]!.remainder ? -1 : a - b));
  const parts = shares.map((share) => share.floor);
  for (const index of order) {
    if (left === 0n) break;
    parts[index]! += 1n;
    left -= 1n;
  }
  return parts.map((part) => fromHundredths(part * unit));
}

/** True when the amount is a whole number of the currency's smallest coin (¥1,980.00 yes, ¥1,980.50 no). */
export function isWholeCoins(amount: string, currency: string): boolean {
  return toHundredths(amount) % step(currency) === 0n;
}
