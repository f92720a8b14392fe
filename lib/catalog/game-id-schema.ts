import { z } from "zod";

/** A catalog game id as JSON bodies carry it: a positive 32-bit integer (the id columns' range). */
export const gameIdSchema = z.number().int().positive().max(2_147_483_647);

/** `{ id }` from a route's path (`/api/games/{id}/…`): the same range, coerced from the segment's text. */
export const gameIdParamsSchema = z.object({
  id: z.coerce.number({ error: "id must be a number" }).int().positive().max(2_147_483_647),
});
