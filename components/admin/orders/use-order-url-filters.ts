"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";

import { useUrlFilterUpdate } from "@/components/admin/use-url-filter-update";
import type { OrderFilters } from "@/lib/query/use-admin-orders";

const DAY = /^\d{4}-\d\d-\d\d$/;

/** The order search's filters, read from its URL (?email=ada@example.com&status=paid&from=2026-12-01). */
export function useOrderUrlFilters() {
  const params = useSearchParams();
  const filters: OrderFilters = useMemo(() => {
    const text = (key: string) => params.get(key)?.trim() || undefined;
    const day = (key: string) => (DAY.test(params.get(key) ?? "") ? params.get(key)! : undefined);
    return { email: text("email"), id: text("id"), status: text("status"), from: day("from"), to: day("to") };
  }, [params]);
  return { filters, update: useUrlFilterUpdate() };
}
