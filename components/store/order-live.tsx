"use client";

import Link from "next/link";

import { ORDER_STATUS_LABELS, type OrderView } from "@/lib/query/order-view";
import { useOrder } from "@/lib/query/use-order";

import { OrderLines, type OrderCovers } from "./order-lines";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderTimeline } from "./order-timeline";
import { timelineSteps } from "./order-timeline-steps";
import { PendingOrderActions } from "./pending-order-actions";
import { RefundButton } from "./refund-button";

/**
 * The order page's live part: status, timeline, games, totals and actions, from the server's render and then
 * from the orders API while a payment or refund is in flight. Changes are announced to screen readers.
 */
export function OrderLive({ initial, covers, checkoutSuccess }: { initial: OrderView; covers: OrderCovers; checkoutSuccess: boolean }) {
  const { data: order } = useOrder(initial);
  const paid = order.status !== "pending_payment" && order.status !== "failed" && order.status !== "expired";

  return (
    <div className="space-y-6">
      <p className="sr-only" role="status" aria-live="polite">
        Order status: {ORDER_STATUS_LABELS[order.status]}
      </p>
      {checkoutSuccess && order.status === "paid" ? (
        <div
          className="rounded-md border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950"
          data-testid="checkout-success"
        >
          <p className="font-semibold text-emerald-900 dark:text-emerald-100">Payment received. It’s in your library.</p>
          <p className="mt-1 text-sm text-emerald-900 dark:text-emerald-100">
            <Link href="/library" className="underline">
              Go to your library
            </Link>{" "}
            · a receipt is on its way to your email.
          </p>
        </div>
      ) : null}
      {checkoutSuccess && order.status === "pending_payment" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950">
          Thanks! We are confirming your payment with the bank; this page updates by itself.
        </p>
      ) : null}
      {order.price_changed ? (
        <p
          className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950"
          data-testid="price-changed"
        >
          A price changed since you added a game to your cart: this order uses today’s price.
        </p>
      ) : null}

      <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
        <div className="min-w-0 space-y-4">
          <div className="flex flex-wrap items-center gap-2">
            <OrderStatusBadge status={order.status} />
            {paid ? (
              <Link href={`/orders/${order.id}/receipt`} className="text-sm underline">
                Receipt
              </Link>
            ) : null}
          </div>
          <OrderLines order={order} covers={covers} />
          <PendingOrderActions order={order} />
          {order.status === "failed" ? (
            <p className="text-sm">
              The payment did not go through and nothing was charged. The games are back in{" "}
              <Link href="/cart" className="underline">
                your cart
              </Link>
              .
            </p>
          ) : null}
          {order.status === "expired" ? (
            <p className="text-sm">
              This order was canceled and nothing was charged. The games are back in{" "}
              <Link href="/cart" className="underline">
                your cart
              </Link>
              .
            </p>
          ) : null}
          <RefundButton order={order} />
        </div>
        <aside aria-label="Order progress" className="md:border-l md:border-zinc-200 md:pl-6 md:dark:border-zinc-800">
          <h2 className="mb-3 text-base font-semibold">Progress</h2>
          <OrderTimeline steps={timelineSteps(order)} />
        </aside>
      </div>
    </div>
  );
}
