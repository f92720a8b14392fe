// The currencies the store sells in, and how many decimals each one's smallest coin has (ISO 4217). Prices are
// stored with two places for every currency (Decimal(10, 2)); a yen price is still a whole number of yen.
// No zod here: client components import this module, and zod would add about 30 KB to every page (its schemas
// are in money-schemas.ts).
/** Sellable currencies: every listing has a price in each. Three-decimal currencies are not sellable. */
export const SELLABLE_CURRENCIES = ["USD", "EUR", "GBP", "JPY"] as const;
export type Currency = (typeof SELLABLE_CURRENCIES)[number];

export const DEFAULT_CURRENCY: Currency = "USD";

/** ISO 4217 minor-unit digits of the currencies we may meet; anything missing has two. */
const ISO_DIGITS: Record<string, number> = { JPY: 0, KRW: 0, ISK: 0, CLP: 0, VND: 0, BHD: 3, JOD: 3, KWD: 3, OMR: 3, TND: 3 };

export function currencyDigits(currency: string): number {
  return ISO_DIGITS[currency.toUpperCase()] ?? 2;
}

export function isSellableCurrency(value: string): value is Currency {
  return (SELLABLE_CURRENCIES as readonly string[]).includes(value);
}
