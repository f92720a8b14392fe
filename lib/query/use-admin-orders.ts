"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { AdminOrderDetail, AdminOrderPage, AdminRefundAccepted, RefundReason } from "@/lib/admin/orders/schemas";

import { adminGet, adminSend } from "./admin-api";

const ORDERS = ["admin", "orders"] as const;
const PAGE_SIZE = 25;

/** What the order search is narrowed to (all kept in the page's URL). */
export interface OrderFilters {
  email?: string;
  id?: string;
  status?: string;
  /** First day, YYYY-MM-DD (UTC). */
  from?: string;
  /** Last day, all of it, YYYY-MM-DD (UTC). */
  to?: string;
}

/** Orders newest first, a page at a time ("Load older orders"). */
export function useAdminOrders(filters: OrderFilters) {
  return useInfiniteQuery({
    queryKey: [...ORDERS, "list", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
      if (pageParam) params.set("cursor", pageParam);
      return adminGet<AdminOrderPage>(`/api/admin/orders?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 5_000,
  });
}

/** One order (seeded with the server's read); polls while a refund is pending, so the page shows it settle. */
export function useAdminOrder(id: string, initialData?: AdminOrderDetail) {
  return useQuery({
    queryKey: [...ORDERS, "one", id],
    initialData,
    queryFn: () => adminGet<AdminOrderDetail>(`/api/admin/orders/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data?.status === "refund_pending" ? 1_500 : false),
  });
}

export interface RefundRequest {
  lines: Array<{ line_id: string; amount?: string }>;
  reason: RefundReason;
  note?: string;
  /** The Idempotency-Key: one per confirmed form, so a retried click refunds once. */
  key: string;
}

export function useRefundOrder(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: RefundRequest) =>
      adminSend<AdminRefundAccepted>(`/api/admin/orders/${encodeURIComponent(id)}/refunds`, "POST", body, { "Idempotency-Key": key }),
    onSettled: () => client.invalidateQueries({ queryKey: ORDERS }),
  });
}

export function useResendReceipt(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => adminSend<{ email: string }>(`/api/admin/orders/${encodeURIComponent(id)}/receipt`, "POST"),
    onSettled: () => client.invalidateQueries({ queryKey: [...ORDERS, "one", id] }),
  });
}
