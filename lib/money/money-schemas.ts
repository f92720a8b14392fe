// Money as the accounts database stores it (prisma/schema.prisma): an exact decimal amount in major units with
// two places, and an ISO 4217 currency beside it. Amounts travel as strings ("12.50"), never JS numbers, so
// nothing between the form and the numeric column rounds them.
import { z } from "zod";

import type { Prisma } from "@/generated/prisma/client";

import { isSellableCurrency, SELLABLE_CURRENCIES, type Currency } from "./currencies";

/** Largest amount a Decimal(10, 2) column holds. */
const MAX_INTEGER_DIGITS = 8;
const AMOUNT = new RegExp(`^(\\d{1,${MAX_INTEGER_DIGITS}})(?:\\.(\\d{1,2}))?$`);

/** A positive amount with at most two decimals, from a form string or a JSON number; normalised to "12.50". */
export const moneyAmountSchema = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(AMOUNT, `an amount such as 12.50 (at most ${MAX_INTEGER_DIGITS} digits before the point, 2 after)`))
  .transform((value) => {
    const [, whole = "0", cents = ""] = AMOUNT.exec(value) ?? [];
    return `${BigInt(whole)}.${cents.padEnd(2, "0")}`;
  })
  .refine((value) => value !== "0.00", "must be more than 0");

// The runtime's ISO 4217 list (Node and browsers ship it with Intl), so "EUR" passes and "EUX" does not.
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 code, any case in, upper case out. */
export const currencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => CURRENCIES.has(code), "an ISO 4217 currency code such as EUR or USD");

/** A stored Decimal as the two-place string the schemas above produce. */
export function formatAmount(amount: Prisma.Decimal): string {
  return amount.toFixed(2);
}

/** A sellable currency code from a query string or body: any case in, upper case out; anything else is a 400. */
export const sellableCurrencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isSellableCurrency, { message: `one of ${SELLABLE_CURRENCIES.join(", ")}` })
  .transform((value) => value as Currency);
