"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import type { SalesReport } from "@/lib/admin/sales/schemas";

import { adminGet } from "./admin-api";

/** The sales report's range and currency (kept in the page's URL); empty means the API's defaults. */
export interface SalesFilters {
  from?: string;
  to?: string;
  currency?: string;
}

export function salesQueryString(filters: SalesFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params.toString();
}

export function useAdminSales(filters: SalesFilters) {
  return useQuery({
    queryKey: ["admin", "sales", filters],
    queryFn: () => adminGet<SalesReport>(`/api/admin/sales?${salesQueryString(filters)}`),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
