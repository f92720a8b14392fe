"use client";

import { useId, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { errorBoxClass, inputClass, labelClass } from "@/components/ui/form-styles";
import { REFUND_REASONS, type AdminOrderDetail, type RefundReason } from "@/lib/admin/orders/schemas";
import { formatMoney } from "@/lib/money/format-money";
import { AdminApiError } from "@/lib/query/admin-api";
import { useRefundOrder } from "@/lib/query/use-admin-orders";

const AMOUNT = /^\d{1,8}(\.\d{1,2})?$/;

interface Choice {
  checked: boolean;
  /** Empty means all that is left of the line. */
  amount: string;
}

/** The API's reasons for refusing, in words: a 409's code and, for amounts, each line's limit. */
function RefundError({ error, order }: { error: Error; order: AdminOrderDetail }) {
  const details = error instanceof AdminApiError ? (error.details as { reason?: string; lines?: unknown } | undefined) : undefined;
  const over =
    details?.reason === "exceeds_remaining" && Array.isArray(details.lines)
      ? (details.lines as Array<{ line_id: string; title: string; requested: string; remaining: string }>)
      : [];
  return (
    <div role="alert" className={errorBoxClass}>
      <p>Refund refused: {error.message}</p>
      {over.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {over.map((l) => (
            <li key={l.line_id}>
              {l.title}: asked {formatMoney(l.requested, order.currency)}, only {formatMoney(l.remaining, order.currency)} left
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * Refund chosen lines, each in full or by an amount, with a reason code; a review step before anything is sent.
 * The review step picks an Idempotency-Key, so a double click or a retry after a network error refunds once.
 */
export function RefundForm({ order }: { order: AdminOrderDetail }) {
  const id = useId();
  const refundable = order.lines.filter((l) => l.refundable !== "0.00");
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [reason, setReason] = useState<RefundReason>("requested_by_customer");
  const [note, setNote] = useState("");
  const [key, setKey] = useState<string | null>(null);
  const refund = useRefundOrder(order.id);
  const canRefund = order.status === "paid" || order.status === "partially_refunded";
  if (!canRefund || refundable.length === 0) {
    return (
      <p className="text-sm text-zinc-500">
        {order.status === "refund_pending"
          ? "A refund is under way; this page updates when it settles."
          : "Nothing left to refund on this order."}
      </p>
    );
  }
  const chosen = refundable.filter((l) => choices[l.id]?.checked);
  const badAmount = chosen.find((l) => {
    const amount = choices[l.id]?.amount.trim() ?? "";
    return amount !== "" && !AMOUNT.test(amount);
  });
  const set = (lineId: string, change: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [lineId]: { checked: false, amount: "", ...all[lineId], ...change } }));
  const submit = () => {
    if (!key) return;
    refund.mutate(
      {
        key,
        reason,
        note: note.trim() || undefined,
        lines: chosen.map((l) => {
          const amount = choices[l.id]?.amount.trim();
          return amount ? { line_id: l.id, amount } : { line_id: l.id };
        }),
      },
      {
        onSuccess: () => {
          setKey(null);
          setChoices({});
          setNote("");
        },
      },
    );
  };

  if (key) {
    return (
      <div className="space-y-3" aria-live="polite">
        <p className="text-sm font-medium">Refund these to the buyer&apos;s card?</p>
        <ul className="list-disc pl-5 text-sm" data-testid="refund-review">
          {chosen.map((l) => {
            const amount = choices[l.id]?.amount.trim();
            return (
              <li key={l.id}>
                {l.title}:{" "}
                {amount
                  ? `${formatMoney(amount, order.currency)} (part)`
                  : `${formatMoney(l.refundable, order.currency)} (all that is left; the game is taken back)`}
              </li>
            );
          })}
        </ul>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Reason: {reason.replaceAll("_", " ")}</p>
        {refund.error ? <RefundError error={refund.error} order={order} /> : null}
        <div className="flex flex-wrap gap-2">
          <button type="button" className={adminButtonClass("danger")} disabled={refund.isPending} onClick={submit}>
            {refund.isPending ? "Refunding…" : "Confirm refund"}
          </button>
          <button
            type="button"
            className={adminButtonClass()}
            disabled={refund.isPending}
            onClick={() => {
              setKey(null);
              refund.reset();
            }}
          >
            Back
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.length > 0 && !badAmount) setKey(crypto.randomUUID());
      }}
    >
      {refund.isSuccess ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
          Refund of {formatMoney(refund.data.amount, refund.data.currency)} sent.
        </p>
      ) : null}
      <fieldset className="space-y-2">
        <legend className={labelClass}>Lines</legend>
        {refundable.map((l) => (
          <div key={l.id} className="flex flex-wrap items-center gap-2 text-sm">
            <label className="flex min-w-0 flex-1 items-center gap-2">
              <input type="checkbox" checked={choices[l.id]?.checked ?? false} onChange={(e) => set(l.id, { checked: e.target.checked })} />
              <span className="truncate">{l.title}</span>
              <span className="text-xs whitespace-nowrap text-zinc-500">{formatMoney(l.refundable, order.currency)} left</span>
            </label>
            <input
              aria-label={`Amount to refund of ${l.title}`}
              inputMode="decimal"
              placeholder="All"
              className={`${inputClass} w-28`}
              value={choices[l.id]?.amount ?? ""}
              disabled={!choices[l.id]?.checked}
              onChange={(e) => set(l.id, { amount: e.target.value })}
            />
          </div>
        ))}
      </fieldset>
      {badAmount ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Amounts look like 12.50.
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-reason`} className={labelClass}>
            Reason
          </label>
          <select id={`${id}-reason`} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value as RefundReason)}>
            {REFUND_REASONS.map((r) => (
              <option key={r} value={r}>
                {r.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-note`} className={labelClass}>
            Note (audit log)
          </label>
          <input id={`${id}-note`} className={inputClass} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <button type="submit" className={adminButtonClass("primary")} disabled={chosen.length === 0 || Boolean(badAmount)}>
        Review refund
      </button>
    </form>
  );
}
