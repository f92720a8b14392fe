import { compareAmounts, minAmount } from "@/lib/money";

/** How far back the EU Omnibus "prior price" looks (Art. 6a of Directive 98/6/EC: "not shorter than 30 days"). */
export const PRIOR_PRICE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface PriceHistoryWindow {
  /** Lowest price of the PriceChange rows that were in force at some moment of the last 30 days and are no longer. */
  priorLow: string | null;
  /** Price of the newest PriceChange row (the one in force now, when the recorder is up to date). */
  latestPrice: string | null;
}

/**
 * The EU Omnibus "prior price" shown beside a price: the lowest price in force at any moment of the 30 days
 * before now (the row in force 30 days ago counts too), not counting the price in force now. A sale's own
 * price is not its reference: during a −50% sale that started ten days ago, the answer is the price before
 * the sale (or an earlier, deeper sale within the 30 days), which is what the directive asks a reduction to
 * be announced against. With no history (a new listing) it is the current price.
 *
 * If the recorder has not yet written the row for the price in force now (it runs every minute), the newest
 * row is a price that was in force until moments ago, so it counts.
 */
export function lowestPrice30d(currentPrice: string, history: PriceHistoryWindow): string {
  const candidates: string[] = [];
  if (history.priorLow !== null) candidates.push(history.priorLow);
  if (history.latestPrice !== null && compareAmounts(history.latestPrice, currentPrice) !== 0) candidates.push(history.latestPrice);
  const [first, ...rest] = candidates;
  return first === undefined ? currentPrice : minAmount(first, ...rest);
}
