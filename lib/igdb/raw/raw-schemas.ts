// IGDB's wire shapes, as loose as IGDB itself: every field but id is optional (IGDB omits empty fields),
// references arrive as ids or, when expanded with dot fields, as objects; unknown fields are kept for the
// drift log. Field names follow IGDB's docs as of 2025, with the pre-2025 names beside them.
import { z } from "zod";

const id = z.number().int().positive();
/** A reference: the bare id, or the expanded record when the query asked for `field.subfield`. */
const ref = <T extends z.ZodType>(expanded: T) => z.union([id, expanded]);
/** 2025: enums became tables, so a value may be an enum number or a reference to the table's row. */
const enumOrRef = <T extends z.ZodRawShape>(row: T) => z.union([z.number().int(), z.looseObject({ id: z.number().int(), ...row })]);

export const RawPlatformSchema = z.looseObject({
  id,
  name: z.string().optional(),
  slug: z.string().optional(),
  abbreviation: z.string().optional(),
});

export const RawCompanySchema = z.looseObject({ id, name: z.string().optional(), slug: z.string().optional() });

export const RawInvolvedCompanySchema = z.looseObject({
  id,
  company: ref(RawCompanySchema).optional(),
  publisher: z.boolean().optional(),
  developer: z.boolean().optional(),
});

export const RawReleaseDateSchema = z.looseObject({
  id,
  date: z.number().optional(),
  y: z.number().int().optional(),
  m: z.number().int().optional(),
  human: z.string().optional(),
  platform: ref(RawPlatformSchema).optional(),
  release_region: enumOrRef({ region: z.string().optional() }).optional(),
  /** Before 2025: an enum number. */
  region: z.number().int().optional(),
  date_format: enumOrRef({ format: z.string().optional() }).optional(),
  /** Before 2025: the date format's enum number. */
  category: z.number().int().optional(),
});

export const RawCoverSchema = z.looseObject({ id, image_id: z.string().optional() });
export const RawAlternativeNameSchema = z.looseObject({ id, name: z.string().optional() });

export const RawGameSchema = z.looseObject({
  id,
  name: z.string().min(1),
  slug: z.string().optional(),
  summary: z.string().optional(),
  first_release_date: z.number().optional(),
  total_rating: z.number().optional(),
  total_rating_count: z.number().optional(),
  rating: z.number().optional(),
  cover: ref(RawCoverSchema).optional(),
  platforms: z.array(ref(RawPlatformSchema)).optional(),
  release_dates: z.array(ref(RawReleaseDateSchema)).optional(),
  involved_companies: z.array(ref(RawInvolvedCompanySchema)).optional(),
  alternative_names: z.array(ref(RawAlternativeNameSchema)).optional(),
  game_type: enumOrRef({ type: z.string().optional() }).optional(),
  /** Before 2025: the game type's enum number. */
  category: z.number().int().optional(),
  version_parent: ref(z.looseObject({ id })).optional(),
  updated_at: z.number().optional(),
  checksum: z.string().optional(),
});
export type RawGame = z.infer<typeof RawGameSchema>;

export const RawPopularityPrimitiveSchema = z.looseObject({
  id,
  game_id: id,
  popularity_type: z.union([z.number().int(), z.looseObject({ id: z.number().int() })]).optional(),
  value: z.number(),
});

/** Fields each record kind is known to carry; anything else is schema drift worth a log line. */
export const KNOWN_GAME_FIELDS = new Set([
  ...Object.keys(RawGameSchema.shape),
  "created_at",
  "url",
  "genres",
  "themes",
  "game_modes",
  "player_perspectives",
  "franchises",
  "collections",
  "storyline",
  "aggregated_rating",
  "aggregated_rating_count",
  "rating_count",
  "hypes",
  "screenshots",
  "artworks",
  "videos",
  "websites",
  "keywords",
  "similar_games",
  "parent_game",
  "game_status",
  "status",
  "tags",
  "language_supports",
  "game_localizations",
  "external_games",
  "multiplayer_modes",
  "dlcs",
  "expansions",
  "bundles",
  "ports",
  "remakes",
  "remasters",
  "standalone_expansions",
  "forks",
  "game_engines",
  "age_ratings",
  "collection",
  "franchise",
  "game_type",
  "version_title",
  "expanded_games",
]);
