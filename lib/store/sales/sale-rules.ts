// Steam's published guard-rails for discounts (partner.steamgames.com, "Discounting"), as constants the
// domain checks and the console shows: how long a sale may last, how deep it may go, and how close two sales of
// one game may be (SALE_COOLDOWN_DAYS, a setting).

export const DAY_MS = 24 * 60 * 60 * 1000;
export const MIN_SALE_MS = DAY_MS;
export const MAX_SALE_MS = 14 * DAY_MS;
export const MIN_SALE_PERCENT = 10;
export const MAX_SALE_PERCENT = 90;
/** A start this far in the past is still "now" (the form was filled in a minute ago). */
export const START_GRACE_MS = 60 * 1000;
/** Games per sale: the whole demo catalog fits. */
export const MAX_SALE_GAMES = 5_000;

export type SaleStatus = "scheduled" | "live" | "ended";

/** Where a sale stands at `now`, by its times (the storefront prices by them too, not by the jobs having run). */
export function saleStatus(sale: { startsAt: Date; endsAt: Date }, now: Date): SaleStatus {
  if (now < sale.startsAt) return "scheduled";
  return now < sale.endsAt ? "live" : "ended";
}
