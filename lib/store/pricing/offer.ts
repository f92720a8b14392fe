import type { Currency } from "@/lib/money";

/**
 * What a visitor can buy a game for, in one currency: the shared contract of the store's API
 * (`offer` in GET /api/games/{id}, the search results and the cart). Amounts are decimal strings with two
 * places ("12.99", "1980.00"); snake_case because this is the JSON as sent.
 */
export interface Offer {
  currency: Currency;
  /** What the buyer pays now: the regular price with the running sale's percentage off, rounded once. */
  price: string;
  regular_price: string;
  /** 0 when no sale is running. */
  discount_percent: number;
  /** ISO 8601 end of the running sale, or null. */
  sale_ends_at: string | null;
  /** The EU Omnibus "prior price": see lowest-price-30d.ts. */
  lowest_price_30d: string;
}
