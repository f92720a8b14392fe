"use client";

import type { OrderView } from "@/lib/query/order-view";
import { OrderActionError, useCancelOrder } from "@/lib/query/use-order";

/** An order awaiting payment: back to the gateway's payment page, or cancel it (the games return to the cart). */
export function PendingOrderActions({ order }: { order: OrderView }) {
  const cancel = useCancelOrder(order.id);
  if (order.status !== "pending_payment") return null;
  const error =
    cancel.error instanceof OrderActionError ? cancel.error.message : cancel.error ? "The order could not be canceled. Try again." : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {order.checkout_url ? (
        // A full navigation: the payment page is the gateway's, on another origin.
        <a
          href={order.checkout_url}
          className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Continue to payment
        </a>
      ) : null}
      <button
        type="button"
        onClick={() => cancel.mutate(undefined)}
        disabled={cancel.isPending}
        className="inline-flex items-center rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 disabled:opacity-70 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        {cancel.isPending ? "Canceling…" : "Cancel order"}
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
