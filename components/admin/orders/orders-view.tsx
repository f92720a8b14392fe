"use client";

import Link from "next/link";

import { adminButtonClass } from "@/components/admin/admin-button";
import { EmptyState, Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { RelativeTime } from "@/components/admin/queues/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { formatMoney } from "@/lib/money/format-money";
import { useAdminOrders } from "@/lib/query/use-admin-orders";

import { OrderFiltersBar } from "./order-filters";
import { OrderStatusBadge } from "./order-status-badge";
import { useOrderUrlFilters } from "./use-order-url-filters";

/** /admin/orders: newest first, filtered by email, id, status and days (kept in the URL), older pages on demand. */
export function OrdersView() {
  const { filters, update } = useOrderUrlFilters();
  const orders = useAdminOrders(filters);
  const rows = orders.data?.pages.flatMap((p) => p.orders) ?? [];
  const filtered = Object.values(filters).some(Boolean);
  return (
    <Panel>
      <OrderFiltersBar filters={filters} onChange={update} />
      <QueryError error={orders.error} what="search orders" />
      {orders.isPending ? (
        <div role="status" aria-label="Loading orders" className="space-y-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : rows.length === 0 ? (
        <EmptyState>{filtered ? "No order matches these filters." : "No orders yet: they appear here once players check out."}</EmptyState>
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" aria-label="Orders">
              <thead className="text-left text-xs text-zinc-500">
                <tr>
                  <th className="py-2 pr-3 font-medium">Order</th>
                  <th className="py-2 pr-3 font-medium">Buyer</th>
                  <th className="py-2 pr-3 font-medium">Status</th>
                  <th className="py-2 pr-3 text-right font-medium">Total</th>
                  <th className="py-2 font-medium">Placed</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {rows.map((o) => (
                  <tr key={o.id} data-testid="order-row">
                    <td className="py-2 pr-3">
                      <Link href={`/admin/orders/${o.id}`} className="font-mono text-xs text-brand-700 hover:underline dark:text-brand-300">
                        {o.id}
                      </Link>
                      <span className="ml-1 text-xs text-zinc-500">
                        · {o.lineCount} game{o.lineCount === 1 ? "" : "s"}
                      </span>
                    </td>
                    <td className="max-w-48 truncate py-2 pr-3" title={o.email ?? undefined}>
                      {o.email ?? <span className="text-zinc-500">deleted account</span>}
                    </td>
                    <td className="py-2 pr-3">
                      <OrderStatusBadge status={o.status} />
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(o.total, o.currency)}</td>
                    <td className="py-2 text-xs whitespace-nowrap text-zinc-500">
                      <RelativeTime at={Date.parse(o.createdAt)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {orders.hasNextPage ? (
            <div className="mt-3 text-center">
              <button
                type="button"
                className={adminButtonClass()}
                disabled={orders.isFetchingNextPage}
                onClick={() => void orders.fetchNextPage()}
              >
                {orders.isFetchingNextPage ? "Loading…" : "Load older orders"}
              </button>
            </div>
          ) : null}
        </>
      )}
    </Panel>
  );
}
