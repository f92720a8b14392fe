"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type {
  AdminGameDetail,
  AdminGameList,
  ListAdminGamesQuery,
  PrerenderedGames,
  UpdateAdminGameBody,
} from "@/lib/admin/catalog/admin-catalog-schemas";
import type { JobStatus } from "@/lib/jobs/types";

import { adminGet, adminSend } from "./admin-api";

const CATALOG_KEY = ["admin", "catalog"] as const;
const gameKey = (id: number) => [...CATALOG_KEY, "game", id] as const;

/** The console's game list; the previous page stays on screen while the next loads. */
export function useAdminGames(query: ListAdminGamesQuery) {
  const params = new URLSearchParams({ q: query.q, filter: query.filter, limit: String(query.limit), offset: String(query.offset) });
  return useQuery({
    queryKey: [...CATALOG_KEY, "list", query],
    queryFn: () => adminGet<AdminGameList>(`/api/admin/catalog/games?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useAdminGame(id: number) {
  return useQuery({ queryKey: gameKey(id), queryFn: () => adminGet<AdminGameDetail>(`/api/admin/catalog/games/${id}`) });
}

/** PATCH: the answer is the game as stored (the write was applied before the API answered). */
export function useUpdateAdminGame(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAdminGameBody) => adminSend<AdminGameDetail>(`/api/admin/catalog/games/${id}`, "PATCH", body),
    onSuccess: (game) => {
      client.setQueryData(gameKey(id), game);
      void client.invalidateQueries({ queryKey: [...CATALOG_KEY, "list"] });
    },
  });
}

export function useRefreshAdminGame(id: number) {
  return useMutation({
    mutationFn: () => adminSend<{ jobId: string; deduplicated: boolean }>(`/api/admin/catalog/games/${id}/refresh`, "POST"),
  });
}

export function useRevalidateAdminGame(id: number) {
  return useMutation({ mutationFn: () => adminSend<{ revalidated: string }>(`/api/admin/catalog/games/${id}/revalidate`, "POST") });
}

const FINISHED = new Set(["completed", "failed"]);

/** A job's state, polled every second until it completes or fails. */
export function useJobStatus(jobId: string | null) {
  return useQuery({
    queryKey: ["admin", "job", jobId],
    queryFn: () => adminGet<JobStatus>(`/api/jobs/${encodeURIComponent(jobId!)}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && FINISHED.has(query.state.data.state) ? false : 1_000),
  });
}

export function usePrerenderedGames(enabled = true) {
  return useQuery({
    queryKey: [...CATALOG_KEY, "prerendered"],
    queryFn: () => adminGet<PrerenderedGames>("/api/admin/catalog/prerendered"),
    enabled,
  });
}
