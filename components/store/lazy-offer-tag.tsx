"use client";

import { lazyQueryIsland } from "@/components/query/lazy-query-island";

/** A card's or row's price (OfferTag), loaded after the page: lists are static and the price is the visitor's. */
export const LazyOfferTag = lazyQueryIsland(
  () => import("./offer-tag").then((m) => m.OfferTag),
  () => null,
);
