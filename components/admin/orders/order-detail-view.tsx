"use client";

import Link from "next/link";

import { adminButtonClass } from "@/components/admin/admin-button";
import { Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import type { AdminOrderDetail } from "@/lib/admin/orders/schemas";
import { formatMoney } from "@/lib/money/format-money";
import { useAdminOrder, useResendReceipt } from "@/lib/query/use-admin-orders";

import { OrderStatusBadge } from "./order-status-badge";
import { OrderTimeline } from "./order-timeline";
import { RefundForm } from "./refund-form";

/** /admin/orders/{id}: the order, its lines, payments and refunds, the refund form, and its timeline. */
export function OrderDetailView({ initial }: { initial: AdminOrderDetail }) {
  const order = useAdminOrder(initial.id, initial);
  const resend = useResendReceipt(initial.id);
  const o = order.data;
  if (!o) {
    return order.error ? (
      <QueryError error={order.error} what="load this order" />
    ) : (
      <div role="status" aria-label="Loading the order" className="space-y-3">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  }
  const money = (amount: string) => formatMoney(amount, o.currency);
  return (
    <div className="space-y-4">
      {/* A failed refresh keeps the last good read on screen and says so. */}
      <QueryError error={order.error} what="refresh this order" />
      <Panel
        title={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs break-all">{o.id}</span> <OrderStatusBadge status={o.status} />
          </span>
        }
        actions={
          <button
            type="button"
            className={adminButtonClass()}
            disabled={resend.isPending || o.paidAt === null || !o.email}
            onClick={() => resend.mutate()}
          >
            {resend.isPending ? "Sending…" : "Resend receipt"}
          </button>
        }
      >
        <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-xs text-zinc-500">Buyer</dt>
            <dd className="break-all">{o.email ?? "deleted account"}</dd>
          </div>
          <div>
            <dt className="text-xs text-zinc-500">Total</dt>
            <dd className="tabular-nums">
              {money(o.total)}
              {o.discount !== "0.00" ? <span className="text-xs text-zinc-500"> (saved {money(o.discount)})</span> : null}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-zinc-500">Placed / paid</dt>
            <dd>
              {new Date(o.createdAt).toLocaleString()} / {o.paidAt ? new Date(o.paidAt).toLocaleString() : "not paid"}
            </dd>
          </div>
        </dl>
        {resend.isSuccess ? (
          <p role="status" className="mt-2 text-sm text-emerald-700 dark:text-emerald-300">
            Receipt queued for {resend.data.email}.
          </p>
        ) : null}
        <div className="mt-2">
          <QueryError error={resend.error} what="resend the receipt" />
        </div>
      </Panel>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Panel title="Lines">
          <div className="overflow-x-auto">
            <table className="w-full text-sm" aria-label="Order lines">
              <thead className="text-left text-xs text-zinc-500">
                <tr>
                  <th className="py-1 pr-2 font-medium">Game</th>
                  <th className="py-1 pr-2 text-right font-medium">Paid</th>
                  <th className="py-1 pr-2 text-right font-medium">Refunded</th>
                  <th className="py-1 font-medium">Owned</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {o.lines.map((l) => (
                  <tr key={l.id} data-testid="order-line">
                    <td className="py-1 pr-2">
                      <Link href={`/admin/catalog/${l.gameId}`} className="hover:underline">
                        {l.title}
                      </Link>
                    </td>
                    <td className="py-1 pr-2 text-right tabular-nums">{money(l.lineTotal)}</td>
                    <td className="py-1 pr-2 text-right tabular-nums">{l.refunded === "0.00" ? "—" : money(l.refunded)}</td>
                    <td className="py-1 text-xs">{!l.entitlement ? "—" : l.entitlement.revokedAt ? "taken back" : "yes"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>
        <Panel title="Refund">
          <RefundForm order={o} />
        </Panel>
        <Panel title="Timeline">
          <OrderTimeline entries={o.timeline} />
        </Panel>
        <Panel title="Payments and refunds">
          <ul className="space-y-2 text-sm">
            {o.payments.map((p) => (
              <li key={p.id}>
                Payment {money(p.amount)} · {p.status} · <code className="text-xs break-all">{p.providerRef}</code>
              </li>
            ))}
            {o.refunds.map((r) => (
              <li key={r.id} data-testid="refund-row">
                Refund {money(r.amount)} · {r.status} · {r.reason.replaceAll("_", " ")}
                {r.requestedBy ? " · by an admin" : ""}
              </li>
            ))}
            {o.payments.length + o.refunds.length === 0 ? <li className="text-zinc-500">None yet.</li> : null}
          </ul>
        </Panel>
      </div>
    </div>
  );
}
