// Minor units (Stripe's integers) shown as Stripe shows them in messages and on the payment page.
import { THREE_DECIMAL_CURRENCIES, ZERO_DECIMAL_CURRENCIES } from "../constants";

export function exponentOf(currency: string): number {
  if (ZERO_DECIMAL_CURRENCIES.has(currency)) return 0;
  return THREE_DECIMAL_CURRENCIES.has(currency) ? 3 : 2;
}

/** 1999, "usd" → "19.99"; 500, "jpy" → "500". Exact: digits are shifted, never divided as floats. */
export function minorToDecimal(amount: number, currency: string): string {
  const exponent = exponentOf(currency);
  const digits = String(Math.abs(amount)).padStart(exponent + 1, "0");
  const sign = amount < 0 ? "-" : "";
  return exponent === 0 ? sign + digits : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** "$19.99", "¥500", "€5.00" (Intl takes the decimal string as is: no float rounding). */
export function formatMinor(amount: number, currency: string, locale = "en-US"): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format as (value: string) => string;
  return format(minorToDecimal(amount, currency));
}
