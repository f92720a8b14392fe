// What crosses into the sales domain (the admin API's bodies and queries) and what it answers.
import { z } from "zod";

import { MAX_SALE_GAMES, MAX_SALE_PERCENT, MIN_SALE_PERCENT } from "./sale-rules";

const gameIds = z
  .array(
    z
      .number()
      .int()
      .positive()
      .max(2 ** 31 - 1),
  )
  .min(1)
  .max(MAX_SALE_GAMES)
  .refine((ids) => new Set(ids).size === ids.length, "each game once");
const percent = z.number().int().min(MIN_SALE_PERCENT).max(MAX_SALE_PERCENT);

export const createSaleBodySchema = z.object({
  name: z.string().trim().min(1).max(120),
  percent,
  starts_at: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  ends_at: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  game_ids: gameIds,
});
export type CreateSaleBody = z.infer<typeof createSaleBodySchema>;

/** The preview needs no name; with both times it also runs the guard-rails. */
export const previewSaleBodySchema = z.object({
  percent,
  game_ids: gameIds,
  starts_at: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
  ends_at: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
});
export type PreviewSaleBody = z.infer<typeof previewSaleBodySchema>;

export const listSalesQuerySchema = z.object({
  status: z.enum(["all", "scheduled", "live", "ended"]).default("all"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ListSalesQuery = z.infer<typeof listSalesQuerySchema>;

export const saleIdParamSchema = z.object({ id: z.string().trim().min(1).max(64) });

export interface SaleRuleViolation {
  code: "sale_too_short" | "sale_too_long" | "sale_starts_in_past" | "game_not_listed" | "sale_overlap" | "sale_cooldown";
  message: string;
  game_ids: number[];
  sale_ids?: string[];
}

export interface AdminSale {
  id: string;
  name: string;
  percent: number;
  starts_at: string;
  ends_at: string;
  status: "scheduled" | "live" | "ended";
  started_at: string | null;
  ended_at: string | null;
  created_by: string | null;
  game_count: number;
  /** The first games (id and title), enough for the list. */
  games: Array<{ id: number; title: string | null }>;
}

export interface SalePreviewGame {
  game_id: number;
  title: string | null;
  listed: boolean;
  /** Per currency: the regular price and the storefront price during the sale. */
  prices: Record<string, { regular_price: string; price: string }>;
}

export interface SalePreview {
  games: SalePreviewGame[];
  problems: SaleRuleViolation[];
}
