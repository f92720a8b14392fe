"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { AdminListing, AdminListingList, ImportListingsResult } from "@/lib/store/listings/listing-schemas";
import type { AdminSale, SalePreview } from "@/lib/store/sales/sale-schemas";

import { adminGet, adminSend } from "./admin-api";

const STORE = ["admin", "store"] as const;
export const LISTINGS_PAGE_SIZE = 25;

export type ListedFilter = "all" | "listed" | "unlisted";

export function useAdminListings({ q, listed, page }: { q: string; listed: ListedFilter; page: number }) {
  const params = new URLSearchParams({ limit: String(LISTINGS_PAGE_SIZE), offset: String(page * LISTINGS_PAGE_SIZE), listed });
  if (q) params.set("q", q);
  return useQuery({
    queryKey: [...STORE, "listings", q, listed, page],
    queryFn: () => adminGet<AdminListingList>(`/api/admin/store/listings?${params}`),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

/** Listings matching a title or id, for the sale form's game picker (listed games only). */
export function useListingSearch(q: string) {
  return useQuery({
    queryKey: [...STORE, "listing-search", q],
    queryFn: () => adminGet<AdminListingList>(`/api/admin/store/listings?${new URLSearchParams({ q, listed: "listed", limit: "10" })}`),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useUpdateListing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ gameId, body }: { gameId: number; body: { listed?: boolean; prices?: Record<string, string> } }) =>
      adminSend<AdminListing>(`/api/admin/store/listings/${gameId}`, "PUT", body),
    onSettled: () => client.invalidateQueries({ queryKey: STORE }),
  });
}

export function useImportListings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      adminSend<ImportListingsResult>(`/api/admin/store/listings/import${dryRun ? "?dry_run=1" : ""}`, "POST", { csv }),
    onSuccess: (result) => {
      if (!result.dry_run) void client.invalidateQueries({ queryKey: STORE });
    },
  });
}

export function useAdminSales() {
  return useQuery({
    queryKey: [...STORE, "sales"],
    queryFn: () => adminGet<{ sales: AdminSale[]; total: number }>("/api/admin/store/sales?limit=100"),
    // Statuses move with the clock (scheduled → live → ended).
    refetchInterval: 30_000,
  });
}

export interface SaleDraft {
  name: string;
  percent: number;
  starts_at: string;
  ends_at: string;
  game_ids: number[];
}

export interface SalePreviewDraft {
  percent: number;
  game_ids: number[];
  starts_at?: string;
  ends_at?: string;
}

export function useSalePreview(draft: SalePreviewDraft | null) {
  return useQuery({
    queryKey: [...STORE, "sale-preview", draft],
    queryFn: () => adminSend<SalePreview>("/api/admin/store/sales/preview", "POST", draft),
    enabled: draft !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCreateSale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: SaleDraft) => adminSend<AdminSale>("/api/admin/store/sales", "POST", draft),
    onSettled: () => client.invalidateQueries({ queryKey: STORE }),
  });
}

export function useDeleteSale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => adminSend(`/api/admin/store/sales/${encodeURIComponent(id)}`, "DELETE"),
    onSettled: () => client.invalidateQueries({ queryKey: STORE }),
  });
}
