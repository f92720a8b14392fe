import type { Currency } from "@/lib/money";

/** One recorded effective price, in force from `effective_from` until the next point. Amounts are decimal strings. */
export interface PriceHistoryPoint {
  effective_from: string;
  price: string;
  regular_price: string;
  discount_percent: number;
}

/**
 * A game's price history in one currency: the JSON of GET /api/games/{id}/prices (snake_case, as sent).
 * `current` is null when the game is not for sale now (never listed, unlisted, or no price in the currency);
 * the points of an unlisted game are still its history.
 */
export interface PriceHistory {
  game_id: number;
  currency: Currency;
  current: { price: string; regular_price: string; discount_percent: number; sale_ends_at: string | null } | null;
  /** The EU Omnibus prior price (lowest-price-30d.ts), null when not for sale. */
  lowest_price_30d: string | null;
  /** The lowest price ever recorded (the current one included), and the last moment it came into force. */
  all_time_low: { price: string; at: string } | null;
  /** True when the current price is the all-time low and the game has been dearer before (a badge, not a flat price). */
  is_all_time_low: boolean;
  /** Oldest first; at most MAX_HISTORY_POINTS, the newest kept. */
  points: PriceHistoryPoint[];
}

/** A bound on the points one answer carries: years of weekly sales are a few hundred. */
export const MAX_HISTORY_POINTS = 1_000;
