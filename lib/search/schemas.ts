// Input schema of the search API, shared by the route, the search page and the instant-search hook.
import { z } from "zod";

import { moneyAmountSchema } from "@/lib/money/money-schemas";

export { normalizeQuery } from "./normalize-query";

export const SEARCH_SORTS = ["relevance", "popularity", "release_date", "name", "price"] as const;
export const MAX_QUERY_LENGTH = 100;
export const MAX_PAGE_SIZE = 50;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const searchGamesQuerySchema = z.object({
  q: z
    .string({ error: "q is required" })
    .trim()
    .min(1, "q must not be empty")
    .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20)),
  offset: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10_000).default(0)),
  platform: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/, "platform must be a platform slug such as game-boy")
      .optional(),
  ),
  year: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1950).max(2100).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(SEARCH_SORTS).default("relevance")),
  // The store's filters, in the searcher's currency (read beside the query: currencyOfRequest).
  on_sale: z.preprocess(
    emptyToUndefined,
    z
      .enum(["true", "false"], { error: "on_sale must be true or false" })
      .transform((v) => v === "true")
      .optional(),
  ),
  max_price: z.preprocess(emptyToUndefined, moneyAmountSchema.optional()),
});
export type SearchGamesQuery = z.infer<typeof searchGamesQuerySchema>;
