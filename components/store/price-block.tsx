import { formatMoney } from "@/lib/money/format-money";
import type { Offer } from "@/lib/store/pricing/offer";
import { cn } from "@/lib/utils";

import { SaleCountdown } from "./sale-countdown";

/**
 * A game's price: the price, and during a sale the regular price struck through, the "-35%" badge, a live
 * countdown to the sale's end and the lowest price of the last 30 days (the EU Omnibus prior price).
 * Presentational: the offer comes from the API in the visitor's currency (useOffers on static pages).
 *
 * Screen readers hear "Sale price $8.70, regular price $12.99, 33% off": a <s> alone is not announced.
 * `compact` is for search rows and cards: price, struck regular price and badge on one line.
 */
export function PriceBlock({ offer, compact = false, className }: { offer: Offer; compact?: boolean; className?: string }) {
  const money = (amount: string) => formatMoney(amount, offer.currency);
  const onSale = offer.discount_percent > 0;
  return (
    <div className={cn("flex flex-col gap-1", className)} data-testid="price-block">
      <p className={cn("flex flex-wrap items-baseline gap-x-2 gap-y-1", compact ? "text-sm" : "text-base")}>
        {onSale && (
          <span
            className={cn("rounded bg-green-700 px-1.5 py-0.5 font-bold text-white tabular-nums", compact ? "text-xs" : "text-sm")}
            aria-hidden="true"
          >
            -{offer.discount_percent}%
          </span>
        )}
        <span className={cn("font-semibold tabular-nums", compact ? "text-base" : "text-2xl")} data-testid="offer-price">
          {onSale && <span className="sr-only">Sale price </span>}
          {money(offer.price)}
        </span>
        {onSale && (
          <>
            <s className="text-zinc-500 tabular-nums dark:text-zinc-400">
              <span className="sr-only">, regular price </span>
              {money(offer.regular_price)}
            </s>
            <span className="sr-only">, {offer.discount_percent}% off</span>
          </>
        )}
      </p>
      {!compact && onSale && offer.sale_ends_at && (
        <SaleCountdown endsAt={offer.sale_ends_at} className="text-sm text-zinc-700 dark:text-zinc-300" />
      )}
      {!compact && onSale && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Lowest price in the last 30 days: {money(offer.lowest_price_30d)}</p>
      )}
    </div>
  );
}
