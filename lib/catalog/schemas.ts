// Output DTOs of the catalog. Everything that leaves the server is parsed through these.
import { z } from "zod";

export const PlatformRefSchema = z.object({ slug: z.string(), name: z.string() });

export const GameSummarySchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  slug: z.string(),
  /** IGDB cover when known; null for catalog-only games (the UI draws a placeholder). */
  cover_url: z.string().nullable(),
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": as precise as the sources know. */
  release_date: z.string().nullable(),
  release_year: z.number().int().nullable(),
  rating: z.number().nullable(),
  summary: z.string().nullable(),
  platforms: z.array(PlatformRefSchema),
  publisher: z.string().nullable(),
  popularity: z.number(),
});
export type GameSummary = z.infer<typeof GameSummarySchema>;

export const ReleaseSchema = z.object({
  title: z.string(),
  platform: PlatformRefSchema,
  regions: z.array(z.string()),
  release_date: z.string().nullable(),
  publisher: z.string().nullable(),
  developer: z.string().nullable(),
  serial: z.string().nullable(),
  revision: z.string().nullable(),
  status: z.string().nullable(),
  is_parent: z.boolean(),
});
export type Release = z.infer<typeof ReleaseSchema>;

export const GameDetailSchema = GameSummarySchema.extend({
  alternative_titles: z.array(z.string()),
  developers: z.array(z.string()),
  publishers: z.array(z.string()),
  releases: z.array(ReleaseSchema),
  updated_at: z.string(),
});
export type GameDetail = z.infer<typeof GameDetailSchema>;

export const PlatformSchema = PlatformRefSchema.extend({ id: z.number().int(), game_count: z.number().int() });
export type Platform = z.infer<typeof PlatformSchema>;

/** The little of a game that lists of entries (library, wishlist) show beside each entry. */
/** A game in someone's library or wishlist. */
export const GameCardSchema = GameSummarySchema.pick({ id: true, name: true, slug: true, cover_url: true, platforms: true }).extend({
  /** False once an admin hid the game: the entry keeps its name and cover, but the game has no page. */
  listed: z.boolean(),
});
export type GameCard = z.infer<typeof GameCardSchema>;
