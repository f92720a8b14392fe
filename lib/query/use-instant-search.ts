"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import type { GameSummary } from "@/lib/catalog/schemas";
import { normalizeQuery } from "@/lib/search/schemas";

export interface InstantSearchResult {
  results: GameSummary[];
  meta: { total: number; query_time_ms: number };
}

const DEBOUNCE_MS = 120;
const LIMIT = 8;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Search-as-you-type: debounced, keyed by the normalised query so "Zelda" and "zelda " share a cache entry. */
export function useInstantSearch(input: string) {
  const q = normalizeQuery(useDebounced(input, DEBOUNCE_MS));
  return useQuery({
    queryKey: ["instant-search", q],
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<InstantSearchResult> => {
      const res = await fetch(`/api/games/search?q=${encodeURIComponent(q)}&limit=${LIMIT}`, { signal });
      if (!res.ok) throw new Error(`Search failed (${res.status})`);
      return res.json() as Promise<InstantSearchResult>;
    },
  });
}
