// What crosses between the app and WishlistEntry rows: the input bodies (create, update) and the DTO sent out.
import { z } from "zod";

import type { WishlistEntry as WishlistEntryRow } from "@/generated/prisma/client";
import { gameIdSchema } from "@/lib/catalog/game-id-schema";
import { notesSchema } from "@/lib/library/library-entry-schemas";
import { currencyCodeSchema, formatAmount, moneyAmountSchema } from "@/lib/money/money-schemas";

const wishlistEntryFields = {
  /** Alert when the price falls to this or below, in `currency`. */
  priceDropThreshold: moneyAmountSchema.nullable(),
  currency: currencyCodeSchema.nullable(),
  notes: notesSchema.nullable(),
};

// An amount means nothing without its currency; the database checks the same (WishlistEntry_threshold_currency_check).
const thresholdHasCurrency = (entry: { priceDropThreshold?: string | null; currency?: string | null }) => {
  const hasAmount = (entry.priceDropThreshold ?? null) !== null;
  const hasCurrency = (entry.currency ?? null) !== null;
  return hasAmount === hasCurrency;
};
const thresholdHasCurrencyIssue = { message: "priceDropThreshold and currency go together", path: ["currency"] };

/** POST body: put a game on the wishlist, with or without a price-drop alert. */
export const createWishlistEntryBodySchema = z
  .object({ gameId: gameIdSchema, ...wishlistEntryFields })
  .partial({ priceDropThreshold: true, currency: true, notes: true })
  .refine(thresholdHasCurrency, thresholdHasCurrencyIssue);
export type CreateWishlistEntryBody = z.infer<typeof createWishlistEntryBodySchema>;

/** PATCH body: fields left out stay as they are; send both threshold and currency, or null for both to clear. */
export const updateWishlistEntryBodySchema = z
  .object(wishlistEntryFields)
  .partial()
  // Both or neither: one alone would pair a new amount with the stored currency, or the other way round.
  .refine((e) => (e.priceDropThreshold === undefined) === (e.currency === undefined) && thresholdHasCurrency(e), thresholdHasCurrencyIssue);
export type UpdateWishlistEntryBody = z.infer<typeof updateWishlistEntryBodySchema>;

export const WishlistEntrySchema = z.object({
  id: z.string(),
  gameId: gameIdSchema,
  priceDropThreshold: z.string().nullable(),
  currency: z.string().length(3).nullable(),
  notes: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type WishlistEntry = z.infer<typeof WishlistEntrySchema>;

/** The DTO of a row (what leaves the server). */
export function toWishlistEntry(row: WishlistEntryRow): WishlistEntry {
  return WishlistEntrySchema.parse({
    id: row.id,
    gameId: row.gameId,
    priceDropThreshold: row.priceDropThreshold === null ? null : formatAmount(row.priceDropThreshold),
    currency: row.currency,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
}
