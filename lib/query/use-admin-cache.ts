"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { CacheKeyLookup, CacheOverview, InvalidateCacheBody, InvalidateCacheResult } from "@/lib/admin/cache/schemas";

import { adminGet, adminSend } from "./admin-api";

const CACHE = ["admin", "cache"] as const;
/** INFO and hit rates every 5 s; the server reuses its key counts (a SCAN) for 30 s between recounts. */
const LIVE_MS = 5_000;

export function useCacheOverview() {
  return useQuery({ queryKey: CACHE, queryFn: () => adminGet<CacheOverview>("/api/admin/cache"), refetchInterval: LIVE_MS, staleTime: 0 });
}

/** One key, looked up when `key` is set (the form's submitted value). */
export function useCacheKey(key: string | null) {
  return useQuery({
    queryKey: [...CACHE, "key", key],
    queryFn: () => adminGet<CacheKeyLookup>(`/api/admin/cache/key?key=${encodeURIComponent(key ?? "")}`),
    enabled: key !== null,
    staleTime: 0,
    retry: false,
  });
}

export function useInvalidateCache() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InvalidateCacheBody) => adminSend<InvalidateCacheResult>("/api/admin/cache/invalidate", "POST", body),
    onSettled: () => client.invalidateQueries({ queryKey: CACHE }),
  });
}

/** "Recount": a new SCAN now, rather than the counts the server keeps for 30 s. */
export function useRecountCacheKeys() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => adminGet<CacheOverview>("/api/admin/cache?recount=1"),
    onSuccess: (overview) => client.setQueryData(CACHE, overview),
  });
}
