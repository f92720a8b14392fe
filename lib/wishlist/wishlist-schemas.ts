// The wishlist API's schemas: the entry bodies of wishlist-entry-schemas.ts (one source for the rules) and the
// list's output shapes.
import { z } from "zod";

import { GameCardSchema } from "@/lib/catalog/schemas";

import { createWishlistEntryBodySchema, updateWishlistEntryBodySchema, WishlistEntrySchema } from "./wishlist-entry-schemas";

/** POST /api/users/me/wishlist. */
export const addWishlistEntryBodySchema = createWishlistEntryBodySchema;
/** PATCH /api/users/me/wishlist/{gameId}. */
export const changeWishlistEntryBodySchema = updateWishlistEntryBodySchema;

export const WishlistItemSchema = WishlistEntrySchema.extend({ game: GameCardSchema.nullable() });
export type WishlistItem = z.infer<typeof WishlistItemSchema>;

export const WishlistListSchema = z.object({ entries: z.array(WishlistItemSchema), total: z.number().int() });
export type WishlistList = z.infer<typeof WishlistListSchema>;
