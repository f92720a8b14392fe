// What an admin may change about a game's display, shared by the catalog write ("game.curate"), the admin
// API's PATCH body and the console's form. No "server-only": the client form validates with it too.
import { z } from "zod";

/** null resets a field to what IGDB says; an absent field is left as it is. */
export const GameCurationChangesSchema = z.strictObject({
  name: z.string().trim().min(1, "A name needs at least one character").max(200).nullable().optional(),
  summary: z.string().trim().max(5_000).nullable().optional(),
  coverImageId: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z0-9]+$/i, "An IGDB image id is letters and digits only (e.g. co1r7h)")
    .nullable()
    .optional(),
  featured: z.boolean().optional(),
  hidden: z.boolean().optional(),
});
export type GameCurationChanges = z.infer<typeof GameCurationChangesSchema>;
