import { z } from "zod";

/** At most this many games per GET /api/offers: a page of search results or cards, not the catalog. */
export const MAX_OFFER_IDS = 100;

const gameIdSchema = z
  .string()
  .trim()
  .regex(/^\d{1,10}$/, "ids must be game ids (positive integers)")
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .positive("ids must be game ids (positive integers)")
      .max(2 ** 31 - 1),
  );

/** `?ids=1,2,3`: up to 100 positive game ids. */
export const offersQuerySchema = z.object({
  ids: z
    .string({ error: "ids is required (comma-separated game ids)" })
    .trim()
    .min(1, "ids must not be empty")
    .max(MAX_OFFER_IDS * 11, `at most ${MAX_OFFER_IDS} ids`)
    .transform((value) => value.split(","))
    .pipe(z.array(gameIdSchema).max(MAX_OFFER_IDS, `at most ${MAX_OFFER_IDS} ids`)),
});
