import { DEFAULT_CURRENCY, isSellableCurrency, type Currency } from "@/lib/money/currencies";

// Euro-area languages (the official languages of the euro member states) whose speakers, absent a region,
// most likely pay in euros. A region in the tag wins over the language: en-IE → EUR, de-CH → USD (no CHF sold).
const EURO_LANGUAGES = new Set([
  "de",
  "fr",
  "es",
  "it",
  "nl",
  "pt",
  "fi",
  "el",
  "et",
  "lv",
  "lt",
  "sk",
  "sl",
  "mt",
  "ga",
  "lb",
  "hr",
  "ca",
  "eu",
  "gl",
]);
const EURO_REGIONS = new Set([
  "AT",
  "BE",
  "CY",
  "DE",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PT",
  "SI",
  "SK",
  "AD",
  "MC",
  "SM",
  "VA",
  "ME",
  "XK",
]);
const REGION_CURRENCY: Record<string, Currency> = { GB: "GBP", UK: "GBP", JP: "JPY", US: "USD" };
const LANGUAGE_CURRENCY: Record<string, Currency> = { ja: "JPY" };

/** The currency a language tag suggests ("en-GB" → GBP, "ja" → JPY, "fr" → EUR), or null when it suggests none we sell. */
export function currencyOfLanguageTag(tag: string): Currency | null {
  const [language = "", ...subtags] = tag.trim().split(/[-_]/);
  const region = subtags.find((part) => /^([A-Za-z]{2}|\d{3})$/.test(part))?.toUpperCase();
  if (region) {
    if (REGION_CURRENCY[region]) return REGION_CURRENCY[region];
    if (EURO_REGIONS.has(region)) return "EUR";
    return null; // a region we have no currency for: en-CA, pt-BR, de-CH …
  }
  const lower = language.toLowerCase();
  if (LANGUAGE_CURRENCY[lower]) return LANGUAGE_CURRENCY[lower];
  if (EURO_LANGUAGES.has(lower)) return "EUR";
  return null;
}

/**
 * Accept-Language → the most preferred tag's currency. Only the first-ranked language decides (by q-value, then
 * order): "en-GB,de;q=0.8" is GBP, and "en,ja;q=0.5" is USD, because an English speaker asked first and the
 * default currency serves them.
 */
export function currencyFromAcceptLanguage(header: string | null | undefined): Currency {
  if (!header) return DEFAULT_CURRENCY;
  const ranked = header
    .split(",")
    .slice(0, 32) // a header is client input: bound the work
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const top = ranked[0];
  return (top && currencyOfLanguageTag(top.tag)) ?? DEFAULT_CURRENCY;
}

/**
 * The visitor's currency: the questlog_currency cookie when it names a currency we sell, else a guess from
 * Accept-Language, else USD.
 *
 * @example
 * resolveCurrency(cookies.get("questlog_currency")?.value, headers.get("accept-language")); // "EUR"
 */
export function resolveCurrency(cookieValue: string | null | undefined, acceptLanguage: string | null | undefined): Currency {
  const chosen = cookieValue?.trim().toUpperCase();
  if (chosen && isSellableCurrency(chosen)) return chosen;
  return currencyFromAcceptLanguage(acceptLanguage);
}
