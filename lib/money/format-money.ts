// Display only: the locale's way of writing an amount ("$12.99", "12,99 €", "¥1,980"). Intl formats the decimal
// string exactly (no float on the way), with the currency's own digits.
import { currencyDigits } from "./currencies";

export function formatMoney(amount: string, currency: string, locale = "en-US"): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount as unknown as number);
}
