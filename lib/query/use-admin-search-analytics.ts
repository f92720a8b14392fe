"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import type { SearchAnalyticsReport } from "@/lib/admin/search/schemas";

import { adminGet } from "./admin-api";

/** Rollups land every minute, so a refresh every 30 s shows them soon enough. */
export function useSearchAnalytics(hours: number, limit = 20) {
  return useQuery({
    queryKey: ["admin", "search-analytics", hours, limit],
    queryFn: () => adminGet<SearchAnalyticsReport>(`/api/admin/search-analytics?hours=${hours}&limit=${limit}`),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
