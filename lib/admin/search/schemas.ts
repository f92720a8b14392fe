// Input and answer of GET /api/admin/search-analytics, shared by the route and the console.
import { z } from "zod";

export const searchAnalyticsQuerySchema = z.object({
  hours: z.coerce.number().int().min(1).max(720).default(24),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchAnalyticsQuery = z.infer<typeof searchAnalyticsQuerySchema>;

export interface SearchAnalyticsReport {
  hours: number;
  since: number;
  totals: {
    searches: number;
    zeroResults: number;
    /** zeroResults / searches, null without searches. */
    zeroResultShare: number | null;
    /** Share of searches answered by each source (cache, database, igdb), 0–1. */
    bySource: Record<string, number>;
  };
  topQueries: Array<{ query: string; searches: number; zeroResults: number; avgMs: number }>;
  zeroResultQueries: Array<{ query: string; searches: number; lastHour: number }>;
  bySource: Array<{ source: string; searches: number; avgMs: number; p95Ms: number; maxMs: number }>;
  generatedAt: string;
}
