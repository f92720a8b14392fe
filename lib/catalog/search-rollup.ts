// The search analytics tables' rows as one catalog write ("search.rollup"): lib/search-analytics rolls search
// events up into it, the write queue carries it, and write-search-rollup.ts stores it. The catalog owns the
// tables, so analytics and the write queue both depend on the catalog, not on each other.
import { z } from "zod";

export const SEARCH_SOURCES = ["cache", "database", "igdb"] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

export const SearchRollupSchema = z.object({
  /** Unique per rollup run: rows are inserted once per run even if the write is delivered twice. */
  rollupId: z.string().min(1).max(100),
  queries: z.array(
    z.object({
      hour: z.number().int(),
      query: z.string().max(200),
      searches: z.number().int().min(1),
      zeroResults: z.number().int().min(0),
      totalMs: z.number().min(0),
    }),
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
