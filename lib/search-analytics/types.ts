// Search analytics: every search is recorded as a small event; a job rolls events up per hour into
// SQLite (through the catalog write queue, so every instance's replica holds the same figures).
import { z } from "zod";

import { SEARCH_SOURCES, type SearchSource } from "@/lib/catalog/search-rollup";

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
