import { discountLine } from "@/lib/money";

/** One effective price: the regular price with a percentage off, rounded once to the currency's coin. */
export interface EffectivePrice {
  price: string;
  regularPrice: string;
  discountPercent: number;
}

export function effectivePrice(regularPrice: string, discountPercent: number, currency: string): EffectivePrice {
  return { price: discountLine(regularPrice, discountPercent, currency).price, regularPrice, discountPercent };
}

export function samePrice(a: EffectivePrice, b: EffectivePrice): boolean {
  return a.price === b.price && a.regularPrice === b.regularPrice && a.discountPercent === b.discountPercent;
}
