import { z } from "zod";

/**
 * discount: deepest first; ends_soon: the sale ending first; all_time_low: games at their all-time low first
 * (then deepest). Ties by game id, so pages never repeat or skip a game.
 */
export const DEAL_SORTS = ["discount", "ends_soon", "all_time_low"] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

export const DEALS_PAGE_SIZE = 24;
/** A bound on OFFSET: the store runs hundreds of deals, not a million. */
export const MAX_DEALS_PAGE = 500;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** `?sort=&page=` of GET /api/deals and the /deals page (the currency is read beside it: currencyOfRequest). */
export const listDealsQuerySchema = z.object({
  sort: z.preprocess(emptyToUndefined, z.enum(DEAL_SORTS, { error: `sort must be one of ${DEAL_SORTS.join(", ")}` }).default("discount")),
  page: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "page must be a number" })
      .int("page must be a whole number")
      .min(1, "page must be at least 1")
      .max(MAX_DEALS_PAGE, `page must be at most ${MAX_DEALS_PAGE}`)
      .default(1),
  ),
});
export type ListDealsQuery = z.infer<typeof listDealsQuerySchema>;
