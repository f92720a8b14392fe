"use client";

import { useInfiniteQuery } from "@tanstack/react-query";

import type { AuditLogPage } from "@/lib/admin/audit/schemas";

import { adminGet } from "./admin-api";

const PAGE_SIZE = 50;

/** The audit log newest first, a page at a time ("Load older"), optionally by action prefix. */
export function useAuditLog(action: string) {
  return useInfiniteQuery({
    queryKey: ["admin", "audit", action],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (action) params.set("action", action);
      if (pageParam) params.set("cursor", pageParam);
      return adminGet<AuditLogPage>(`/api/admin/audit?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 5_000,
  });
}
