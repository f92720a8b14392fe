import { z } from "zod";

/** A catalog game id as JSON bodies carry it: a positive 32-bit integer (the id columns' range). */
export const gameIdSchema = z.number().int().positive().max(2_147_483_647);
