"use client";

import { useOffer } from "@/lib/query/use-offer";

import { PriceBlock } from "./price-block";

/**
 * The compact price of a game in a card or a result row, fetched in the browser (the lists around it are static
 * or cached for everyone). Nothing while loading, nothing when the game is not for sale.
 */
export function OfferTag({ gameId, className }: { gameId: number; className?: string }) {
  const { data: offer } = useOffer(gameId);
  if (!offer) return null;
  return <PriceBlock offer={offer} compact className={className} />;
}
