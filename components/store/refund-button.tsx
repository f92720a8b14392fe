"use client";

import { useId, useRef, useState } from "react";

import type { OrderView } from "@/lib/query/order-view";
import { OrderActionError, useRefundOrder } from "@/lib/query/use-order";

import { formatOrderDate } from "./format-order-date";
import { REFUND_REASONS, refundPolicyText, refundWindowDays } from "./refund-policy";

const primary =
  "inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70";
const secondary =
  "inline-flex items-center rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/**
 * Self-service refund: the policy, then a confirm step with a reason. Past the window it says why there is no
 * button rather than hiding the option silently.
 */
export function RefundButton({ order }: { order: OrderView }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState<string>(REFUND_REASONS[0].code);
  const refund = useRefundOrder(order.id);
  const selectId = useId();
  const openerRef = useRef<HTMLButtonElement>(null);
  const days = refundWindowDays(order);

  if (order.status === "refund_pending") {
    return (
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Refund requested. It usually takes a few seconds; this page updates by itself.
      </p>
    );
  }
  if (order.status !== "paid" || days === null) return null;
  const policy = refundPolicyText(days, order.lines.length);

  if (!order.refundable) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="refund-closed">
        {policy} The refund window for this order closed on{" "}
        {order.refund_deadline ? formatOrderDate(order.refund_deadline) : "its deadline"}.
      </p>
    );
  }

  const deadline = order.refund_deadline ? ` You can ask until ${formatOrderDate(order.refund_deadline)}.` : "";
  const error =
    refund.error instanceof OrderActionError ? refund.error.message : refund.error ? "The refund could not be requested. Try again." : null;
  return (
    <section aria-labelledby="refund-heading" className="space-y-3">
      <h2 id="refund-heading" className="text-base font-semibold">
        Refund
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {policy}
        {deadline}
      </p>
      {confirming ? (
        <form
          className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
          onSubmit={(e) => {
            e.preventDefault();
            refund.mutate({ reason });
          }}
        >
          <div className="flex flex-col gap-1">
            <label htmlFor={selectId} className="text-sm font-medium">
              Why do you want a refund?
            </label>
            <select
              id={selectId}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              // The confirm step opens with the choice focused, so keyboard users land where they act.
              autoFocus
              className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            >
              {REFUND_REASONS.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primary} disabled={refund.isPending}>
              {refund.isPending ? "Requesting…" : "Confirm refund"}
            </button>
            <button
              type="button"
              className={secondary}
              onClick={() => {
                setConfirming(false);
                refund.reset();
                requestAnimationFrame(() => openerRef.current?.focus());
              }}
            >
              Keep the game
            </button>
          </div>
          {error ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <button ref={openerRef} type="button" className={secondary} onClick={() => setConfirming(true)}>
          Request a refund
        </button>
      )}
    </section>
  );
}
