// Search analytics: every search is recorded as a small event; a job rolls events up per hour into
// SQLite (through the catalog write queue, so every instance's replica holds the same figures).
import { z } from "zod";

export const SEARCH_SOURCES = ["cache", "database", "igdb"] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

export interface SearchEvent {
  /** Normalised query. */
  q: string;
  source: SearchSource;
  total: number;
  ms: number;
  /** ms epoch. */
  at: number;
}

export const SearchEventSchema = z.object({
  q: z.string().max(200),
  source: z.enum(SEARCH_SOURCES),
  total: z.number().int().min(0),
  ms: z.number().min(0),
  at: z.number().int().positive(),
});

export const SearchRollupSchema = z.object({
  /** Unique per rollup run: rows are inserted once per run even if the write is delivered twice. */
  rollupId: z.string().min(1).max(100),
  queries: z.array(
    z.object({ hour: z.number().int(), query: z.string().max(200), searches: z.number().int().min(1), zeroResults: z.number().int().min(0), totalMs: z.number().min(0) }),
  ),
  sources: z.array(
    z.object({
      hour: z.number().int(),
      source: z.enum(SEARCH_SOURCES),
      searches: z.number().int().min(1),
      totalMs: z.number().min(0),
      p50Ms: z.number().min(0),
      p95Ms: z.number().min(0),
      maxMs: z.number().min(0),
    }),
  ),
  /** Retention: rows of hours before this (ms epoch) are deleted when the rollup is written. */
  pruneBefore: z.number().int().optional(),
});
export type SearchRollup = z.infer<typeof SearchRollupSchema>;
