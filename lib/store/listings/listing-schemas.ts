// What crosses into the listings console (the admin API's queries and bodies) and what it answers.
import { z } from "zod";

import { moneyAmountSchema, SELLABLE_CURRENCIES, type Currency } from "@/lib/money";

export const listAdminListingsQuerySchema = z.object({
  /** A title (any part, any case) or a game id. */
  q: z.string().trim().max(100).optional(),
  listed: z.enum(["all", "listed", "unlisted"]).default("all"),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ListAdminListingsQuery = z.infer<typeof listAdminListingsQuerySchema>;

export const listingGameIdParamSchema = z.object({
  gameId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

const pricesSchema = z
  .object(
    Object.fromEntries(SELLABLE_CURRENCIES.map((currency) => [currency, moneyAmountSchema.optional()])) as Record<
      Currency,
      z.ZodOptional<typeof moneyAmountSchema>
    >,
  )
  .strict();

export const updateListingBodySchema = z
  .object({ listed: z.boolean().optional(), prices: pricesSchema.optional() })
  .strict()
  .refine((body) => body.listed !== undefined || (body.prices && Object.keys(body.prices).length > 0), "nothing to change");
export type UpdateListingBody = z.infer<typeof updateListingBodySchema>;

export interface AdminListing {
  game_id: number;
  title: string | null;
  slug: string | null;
  listed: boolean;
  listed_at: string;
  unlisted_at: string | null;
  /** Regular prices per currency (decimal strings). */
  prices: Partial<Record<Currency, string>>;
  /** The live or scheduled sale that locks the base prices, if any. */
  locked_by_sale: { id: string; name: string; starts_at: string; ends_at: string } | null;
}

export interface AdminListingList {
  listings: AdminListing[];
  total: number;
}

/** One CSV row that changes something, as the import plans it (its dry run shows these). */
export interface ImportRowPlan {
  line: number;
  game_id: number;
  title: string | null;
  action: "create" | "update";
  listed?: { from: boolean | null; to: boolean };
  prices: Partial<Record<Currency, { from: string | null; to: string }>>;
}

export interface ImportListingsResult {
  dry_run: boolean;
  summary: { rows: number; created: number; listed: number; unlisted: number; price_changes: number; unchanged: number };
  /** The rows that change something. */
  changes: ImportRowPlan[];
}
