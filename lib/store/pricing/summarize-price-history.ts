import { compareAmounts } from "@/lib/money";

import type { PriceHistory, PriceHistoryPoint } from "./price-history";

/**
 * The all-time low of a history and whether the current price is one worth a badge: the lowest price of
 * every point and the current price, dated by the newest point at that price (the last time it came into
 * force; "now" when the current price is lower than every recorded one because the recorder, which runs every
 * minute, has not written it yet). A badge needs an earlier, higher price: a game that always cost the same is
 * at its all-time low in a sense no player cares for.
 *
 * @example
 * summarizePriceHistory(points, { price: "9.99" }, now).is_all_time_low; // true after a drop from 19.99
 */
export function summarizePriceHistory(
  points: readonly PriceHistoryPoint[],
  current: { price: string } | null,
  now: Date,
): Pick<PriceHistory, "all_time_low" | "is_all_time_low"> {
  let low: { price: string; at: string } | null = null;
  for (const point of points) {
    if (!low || compareAmounts(point.price, low.price) <= 0) low = { price: point.price, at: point.effective_from };
  }
  if (current && (!low || compareAmounts(current.price, low.price) < 0)) low = { price: current.price, at: now.toISOString() };
  const isLow =
    current !== null &&
    low !== null &&
    compareAmounts(current.price, low.price) === 0 &&
    points.some((point) => compareAmounts(point.price, current.price) > 0);
  return { all_time_low: low, is_all_time_low: isLow };
}
