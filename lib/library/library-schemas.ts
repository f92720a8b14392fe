// The library API's schemas: the entry schemas of library-entry-schemas.ts (one source for the rules), made to
// accept statuses in any case ("playing" as clients write them, "PLAYING" as the database stores them), plus the
// list's query and output shapes.
import { z } from "zod";

import { LibraryStatus } from "@/generated/prisma/enums";
import { gameIdSchema } from "@/lib/catalog/game-id-schema";
import { GameCardSchema } from "@/lib/catalog/schemas";

import {
  createLibraryEntryBodySchema,
  LibraryEntrySchema,
  libraryStatusSchema,
  updateLibraryEntryBodySchema,
} from "./library-entry-schemas";

const upperCaseStatus = (value: unknown) =>
  value !== null && typeof value === "object" && "status" in value && typeof value.status === "string"
    ? { ...value, status: value.status.toUpperCase() }
    : value;

/** POST /api/users/me/library. */
export const addLibraryEntryBodySchema = z.preprocess(upperCaseStatus, createLibraryEntryBodySchema);
/** PATCH /api/users/me/library/{gameId}. */
export const changeLibraryEntryBodySchema = z.preprocess(upperCaseStatus, updateLibraryEntryBodySchema);

/** GET /api/users/me/library?status=&platform=. */
export const listLibraryQuerySchema = z.preprocess(
  upperCaseStatus,
  z.object({
    status: libraryStatusSchema.optional(),
    platform: z.string().trim().toLowerCase().max(64).optional(),
  }),
);
export type ListLibraryQuery = z.infer<typeof listLibraryQuerySchema>;

/** The `{gameId}` path segment of /api/users/me/library/{gameId} and /api/users/me/wishlist/{gameId}. */
export const GameIdParamSchema = z.object({
  gameId: z.coerce.number({ error: "gameId must be a number" }).pipe(gameIdSchema),
});

export const LibraryItemSchema = LibraryEntrySchema.extend({ game: GameCardSchema.nullable() });
export type LibraryItem = z.infer<typeof LibraryItemSchema>;

/** A listed entry: also whether the player owns the game (a live store entitlement), not only tracks it. */
export const LibraryListItemSchema = LibraryItemSchema.extend({ owned: z.boolean() });
export type LibraryListItem = z.infer<typeof LibraryListItemSchema>;

export const LibraryListSchema = z.object({
  entries: z.array(LibraryListItemSchema),
  /** Entries per status across the whole library, whatever the filters (for tabs). */
  counts: z.record(z.enum(LibraryStatus), z.number().int()),
  /** Entries matching the filters. */
  total: z.number().int(),
});
export type LibraryList = z.infer<typeof LibraryListSchema>;
