import { z } from "zod";

import { gameIdSchema } from "@/lib/catalog/game-id-schema";

import type { Offer } from "../pricing/offer";

/** POST /api/cart/items: a catalog game id (a positive 32-bit integer, as the catalog's ids are). */
export const addCartItemBodySchema = z.strictObject({ gameId: gameIdSchema });
export type AddCartItemBody = z.infer<typeof addCartItemBodySchema>;

/** One line of GET /api/cart. `offer` is null when the game is no longer for sale (it stays until removed). */
export interface CartLine {
  game_id: number;
  title: string;
  slug: string | null;
  cover: string | null;
  offer: Offer | null;
  added_at: string;
  /** The price now differs from the one seen when the game went in (same currency only). */
  price_changed: boolean;
}

/** GET /api/cart: totals over the lines with an offer, in the visitor's currency. */
export interface CartView {
  items: CartLine[];
  count: number;
  currency: string;
  subtotal: string;
  discount: string;
  total: string;
}

/** GET /api/cart/games/{gameId}: the game page's store panel for this visitor. */
export interface CartGameState {
  game_id: number;
  offer: Offer | null;
  in_cart: boolean;
  owned: boolean;
}
