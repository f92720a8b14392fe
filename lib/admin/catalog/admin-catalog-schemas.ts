// Shapes of /api/admin/catalog/*, shared by the route handlers and the console (no "server-only").
import { z } from "zod";

import { GameCurationChangesSchema } from "@/lib/catalog/curation/game-curation-changes";

export const ADMIN_GAME_FILTERS = ["all", "featured", "hidden", "edited"] as const;
export type AdminGameFilter = (typeof ADMIN_GAME_FILTERS)[number];

export const listAdminGamesQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  filter: z.enum(ADMIN_GAME_FILTERS).default("all"),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListAdminGamesQuery = z.infer<typeof listAdminGamesQuerySchema>;

export const adminGameIdParamSchema = z.object({
  id: z.coerce
    .number({ error: "id must be a number" })
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

export const updateAdminGameBodySchema = GameCurationChangesSchema.refine((changes) => Object.keys(changes).length > 0, {
  message: "Send at least one of name, summary, coverImageId, featured, hidden",
});
export type UpdateAdminGameBody = z.infer<typeof updateAdminGameBodySchema>;

export interface AdminGameRow {
  id: number;
  slug: string;
  /** What the public site shows (the override when there is one). */
  name: string;
  /** IGDB's name. */
  igdb_name: string;
  cover_url: string | null;
  release_year: number | null;
  popularity: number;
  featured: boolean;
  hidden: boolean;
  /** Any of name, summary, cover overridden. */
  edited: boolean;
  prerendered: boolean;
}

export interface AdminGameList {
  games: AdminGameRow[];
  total: number;
  limit: number;
  offset: number;
  /** False when no build manifest is readable (dev, tests): `prerendered` is then false for every game. */
  prerender_known: boolean;
}

export interface AdminGameFields {
  name: string;
  summary: string | null;
  cover_image_id: string | null;
  cover_url: string | null;
}

export interface AdminGameDetail {
  id: number;
  slug: string;
  public_path: string;
  /** What the public site shows. */
  display: AdminGameFields;
  /** What IGDB says (the games row, rewritten by every sync). */
  igdb: AdminGameFields;
  /** The admin's overrides; null: as IGDB has it. */
  overrides: { name: string | null; summary: string | null; cover_image_id: string | null };
  featured: boolean;
  featured_at: string | null;
  hidden: boolean;
  edited: boolean;
  curated_at: string | null;
  curated_by: string | null;
  release_year: number | null;
  popularity: number;
  source: string;
  synced_at: string | null;
  updated_at: string;
  /** Null when no build manifest is readable. */
  prerendered: boolean | null;
}

export interface PrerenderedGames {
  /** False in dev and tests: no `.next/prerender-manifest.json`. */
  available: boolean;
  reason?: string;
  /** When the manifest was written (the build). */
  builtAt?: string;
  count: number;
  games: Array<{ slug: string; name: string | null; id: number | null }>;
}
