"use client";

import { useId, useSyncExternalStore } from "react";

import { SELLABLE_CURRENCIES } from "@/lib/money/currencies";
import { chooseCurrency, useCurrencyChoice } from "@/lib/query/use-currency-choice";
import { currencyFromAcceptLanguage } from "@/lib/store/currency/resolve-currency";

const NAMES: Record<(typeof SELLABLE_CURRENCIES)[number], string> = {
  USD: "US dollar ($)",
  EUR: "Euro (€)",
  GBP: "Pound sterling (£)",
  JPY: "Japanese yen (¥)",
};

// The browser's language list is what it sends as Accept-Language, so this guess is the server's default too.
const guessFromBrowser = () => currencyFromAcceptLanguage(navigator.languages.join(","));
const noSubscription = () => () => {};

/**
 * The currency picker: a labelled native <select> (keyboard and screen readers get it for free). A choice is
 * kept in the questlog_currency cookie for a year and every price on the page re-fetches in it, with no reload.
 * Rendered empty on the server: the page is static and must not carry any visitor's currency.
 */
export function CurrencyPicker({ className }: { className?: string }) {
  const id = useId();
  const chosen = useCurrencyChoice();
  const guessed = useSyncExternalStore(noSubscription, guessFromBrowser, () => "");
  const value = chosen || guessed;
  return (
    <div className={className}>
      <label htmlFor={id} className="mr-2">
        Currency
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => chooseCurrency(event.target.value)}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {value === "" && <option value="">…</option>}
        {SELLABLE_CURRENCIES.map((currency) => (
          <option key={currency} value={currency}>
            {NAMES[currency]}
          </option>
        ))}
      </select>
    </div>
  );
}
