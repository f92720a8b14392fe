import { effectivePrice, samePrice, type EffectivePrice } from "./effective-price";

export interface TimelineSale {
  percent: number;
  startsAt: Date;
  endsAt: Date;
}

export interface TimelineInput {
  currency: string;
  /** The regular price now, and when it was set. */
  regularPrice: string;
  priceSetAt: Date;
  /** The newest recorded row, or null when the listing/currency has none yet. */
  last: (EffectivePrice & { effectiveFrom: Date }) | null;
  sales: readonly TimelineSale[];
  now: Date;
}

export type PricePoint = EffectivePrice & { effectiveFrom: Date };

/**
 * The effective prices a listing had in one currency since its last recorded row, up to now: one point per
 * moment the price changed (a sale starting or ending, the regular price being set). Replays every boundary,
 * not only the present, so a sale that started and ended while no recorder ran (the server was down) still
 * enters the history the Omnibus prior price reads.
 *
 * Before `priceSetAt` the regular price was the last recorded one (the only price edits are through
 * setListingPrice, which records its own row); at and after it, the current one.
 */
export function priceTimeline({ currency, regularPrice, priceSetAt, last, sales, now }: TimelineInput): PricePoint[] {
  const start = last?.effectiveFrom ?? priceSetAt;
  const boundaries = new Set<number>([priceSetAt.getTime()]);
  for (const sale of sales) boundaries.add(sale.startsAt.getTime()).add(sale.endsAt.getTime());
  const moments = [...boundaries]
    .filter((t) => (last ? t > start.getTime() : t >= start.getTime()) && t <= now.getTime())
    .sort((a, b) => a - b);

  const points: PricePoint[] = [];
  let previous: EffectivePrice | null = last;
  for (const t of moments) {
    const regular = t < priceSetAt.getTime() && last ? last.regularPrice : regularPrice;
    // The deepest sale running at t (starts inclusive, ends exclusive, as getOffers reads them).
    const percent = sales.reduce(
      (deepest, s) => (s.startsAt.getTime() <= t && t < s.endsAt.getTime() ? Math.max(deepest, s.percent) : deepest),
      0,
    );
    const point = effectivePrice(regular, percent, currency);
    if (previous && samePrice(previous, point)) continue;
    points.push({ ...point, effectiveFrom: new Date(t) });
    previous = point;
  }
  return points;
}
