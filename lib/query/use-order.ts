"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { isSettled, type OrderView } from "./order-view";

/** How often the order page asks while a payment or a refund is in flight. */
const POLL_MS = 1500;

export const orderKey = (orderId: string) => ["order", orderId] as const;
const orderUrl = (orderId: string) => `/api/users/me/orders/${encodeURIComponent(orderId)}`;

/** An API refusal, with the message the API wrote for people ({error: {code, message}}). */
export class OrderActionError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function postOrderAction(url: string, body?: unknown): Promise<void> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body ?? {}),
  });
  if (res.ok) return;
  const payload = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  throw new OrderActionError(
    res.status,
    payload?.error?.code ?? `http_${res.status}`,
    payload?.error?.message ?? "That did not work. Try again.",
  );
}

/**
 * One order, starting from what the server rendered, polled while it is not settled (a payment or a refund in
 * flight) and left alone once it is, so a finished order costs no requests.
 */
export function useOrder(initial: OrderView) {
  // The server's render is fresh: the first poll waits a full interval after it arrived.
  const [renderedAt] = useState(() => Date.now());
  return useQuery({
    queryKey: orderKey(initial.id),
    queryFn: async (): Promise<OrderView> => {
      const res = await fetch(orderUrl(initial.id), { cache: "no-store" });
      if (!res.ok) throw new Error(`GET order: ${res.status}`);
      return (await res.json()) as OrderView;
    },
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && !isSettled(query.state.data.status) ? POLL_MS : false),
    // Keep polling in a background tab: the player may be in the payment tab.
    refetchIntervalInBackground: true,
  });
}

function useOrderAction(orderId: string, action: "refund" | "cancel") {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body?: { reason: string }) => postOrderAction(`${orderUrl(orderId)}/${action}`, body),
    // The order's new status comes from the server, and polling resumes while it is in flight.
    onSettled: () => client.invalidateQueries({ queryKey: orderKey(orderId) }),
  });
}

/** POST /api/users/me/orders/{id}/refund {reason}: 202 and the order becomes refund_pending. */
export const useRefundOrder = (orderId: string) => useOrderAction(orderId, "refund");

/** POST /api/users/me/orders/{id}/cancel: the checkout session expires and the games go back in the cart. */
export const useCancelOrder = (orderId: string) => useOrderAction(orderId, "cancel");

/** Cancels an order from outside its page (the cart's canceled-checkout return). */
export const cancelOrder = (orderId: string) => postOrderAction(`${orderUrl(orderId)}/cancel`);
