import { formatMoney } from "@/lib/money/format-money";
import type { Offer } from "@/lib/store/pricing/offer";
import { cn } from "@/lib/utils";

/**
 * A compact price for cart lines and the store panel: the price, and on a sale the struck regular price and the
 * percentage off. The game page's full price block (sale countdown, lowest in 30 days) is the pricing branch's.
 */
export function OfferPrice({ offer, className }: { offer: Offer; className?: string }) {
  const onSale = offer.discount_percent > 0;
  return (
    <span className={cn("inline-flex flex-wrap items-baseline gap-x-2", className)}>
      {onSale ? (
        <span className="rounded bg-green-700 px-1.5 py-0.5 text-xs font-bold text-white">
          <span aria-hidden="true">−{offer.discount_percent}%</span>
          <span className="sr-only">{offer.discount_percent}% off</span>
        </span>
      ) : null}
      {onSale ? (
        <s className="text-sm text-zinc-500">
          <span className="sr-only">Regular price </span>
          {formatMoney(offer.regular_price, offer.currency)}
        </s>
      ) : null}
      <span className="font-semibold" data-testid="offer-price">
        {onSale ? <span className="sr-only">Now </span> : null}
        {formatMoney(offer.price, offer.currency)}
      </span>
    </span>
  );
}
