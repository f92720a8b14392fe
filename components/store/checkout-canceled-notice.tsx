"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { cancelOrder, OrderActionError } from "@/lib/query/use-order";

type State = "canceling" | "canceled" | "already_paid" | "failed";

/**
 * The cart page's notice after "Cancel" on the gateway's payment page (/cart?checkout=canceled&order=…). It
 * cancels the order at once (the session expires and the games return to the cart) instead of leaving it to the
 * 30-minute expiry, then refreshes the cart so the games show again.
 */
export function CheckoutCanceledNotice({ orderId }: { orderId: string }) {
  const [state, setState] = useState<State>("canceling");
  const client = useQueryClient();
  const router = useRouter();
  // Once per order id: development's double effects, or a re-render, must not cancel twice (it is idempotent
  // on the server, but two requests are noise).
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (sent.current === orderId) return;
    sent.current = orderId;
    cancelOrder(orderId)
      .then(() => setState("canceled"))
      .catch((err: unknown) => {
        // 409: paid after all (the card went through before the cancel); the order page says so.
        setState(err instanceof OrderActionError && err.status === 409 ? "already_paid" : "failed");
      })
      .finally(async () => {
        const isCart = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] === "cart";
        // The page's first cart read started beside the cancel and holds the cart from before the games went
        // back. A refetch of a query with no data yet joins its fetch in flight instead of replacing it
        // (TanStack Query), so that read is cancelled first and the refetch then reads the restored cart.
        await client.cancelQueries({ predicate: isCart });
        await client.invalidateQueries({ predicate: isCart });
        router.refresh();
      });
  }, [orderId, client, router]);

  const box = "rounded-md border p-3 text-sm";
  if (state === "already_paid") {
    return (
      <p
        role="status"
        className={`${box} border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950`}
        data-testid="checkout-canceled"
      >
        That order was already paid.{" "}
        <Link href={`/orders/${encodeURIComponent(orderId)}`} className="underline">
          See the order
        </Link>
        .
      </p>
    );
  }
  return (
    <p
      role="status"
      className={`${box} border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950`}
      data-testid="checkout-canceled"
    >
      {state === "canceling"
        ? "Checkout canceled. Putting your games back in your cart…"
        : state === "canceled"
          ? "Checkout canceled: nothing was charged, and your games are back in your cart."
          : "Checkout canceled: nothing was charged. Your games return to your cart within 30 minutes."}
    </p>
  );
}
