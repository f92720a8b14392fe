"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";

import { useUrlFilterUpdate } from "@/components/admin/use-url-filter-update";
import type { AuditFilters } from "@/lib/query/use-admin-audit";

const DAY = /^\d{4}-\d\d-\d\d$/;

/** The audit log's filters, read from its URL (?action=user.&actor=ana@&target=&from=2026-12-01&to=2026-12-06). */
export function useAuditUrlFilters() {
  const params = useSearchParams();
  const filters: AuditFilters = useMemo(() => {
    const text = (key: string) => params.get(key)?.trim() || undefined;
    const day = (key: string) => (DAY.test(params.get(key) ?? "") ? params.get(key)! : undefined);
    return { action: text("action"), actor: text("actor"), target: text("target"), from: day("from"), to: day("to") };
  }, [params]);
  return { filters, update: useUrlFilterUpdate() };
}
