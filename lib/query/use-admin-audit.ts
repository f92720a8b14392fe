"use client";

import { useInfiniteQuery } from "@tanstack/react-query";

import type { AuditLogPage } from "@/lib/admin/audit/schemas";

import { adminGet } from "./admin-api";

const PAGE_SIZE = 50;

/** What the audit log is narrowed to: an action prefix, part of the actor's email, a target, and days (UTC). */
export interface AuditFilters {
  action?: string;
  actor?: string;
  target?: string;
  /** First day shown, YYYY-MM-DD. */
  from?: string;
  /** Last day shown (all of it), YYYY-MM-DD. */
  to?: string;
}

/** The audit log newest first, a page at a time ("Load older"), narrowed by `filters`. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ["admin", "audit", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
      if (pageParam) params.set("cursor", pageParam);
      return adminGet<AuditLogPage>(`/api/admin/audit?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 5_000,
  });
}
