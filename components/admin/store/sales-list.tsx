"use client";

import { useSyncExternalStore } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { EmptyState, Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { formatTimeLeft } from "@/components/store/sale-countdown";
import { Skeleton } from "@/components/ui/skeleton";
import { useAdminSales, useDeleteSale } from "@/lib/query/use-admin-store";
import type { AdminSale } from "@/lib/store/sales/sale-schemas";
import { cn } from "@/lib/utils";

const STATUS_CLASS: Record<AdminSale["status"], string> = {
  scheduled: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  live: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  ended: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300",
};

function everySecond(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, 1_000);
  return () => window.clearInterval(timer);
}
const wholeSecondNow = () => Math.floor(Date.now() / 1_000) * 1_000;

/** The sales, scheduled first, with a live countdown to each one's start or end; a scheduled one can be deleted. */
export function SalesList() {
  const sales = useAdminSales();
  const remove = useDeleteSale();
  const now = useSyncExternalStore<number | null>(everySecond, wholeSecondNow, () => null);
  return (
    <Panel title="Sales">
      <QueryError error={sales.error} what="load the sales" />
      <QueryError error={remove.error} what="delete the sale" />
      {sales.isPending ? (
        <div role="status" aria-label="Loading sales" className="space-y-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : sales.data && sales.data.sales.length === 0 ? (
        <EmptyState>No sales yet. Schedule one above.</EmptyState>
      ) : sales.data ? (
        <ul aria-label="Sales" className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {sales.data.sales.map((sale) => {
            const start = new Date(sale.starts_at).getTime();
            const end = new Date(sale.ends_at).getTime();
            // The clock moves the status before the next refetch does.
            const status: AdminSale["status"] = now === null ? sale.status : now < start ? "scheduled" : now < end ? "live" : "ended";
            return (
              <li key={sale.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="sale-row">
                <div className="min-w-0">
                  <p className="font-medium">
                    {sale.name} <span className="text-zinc-500">−{sale.percent}%</span>
                    <span className={cn("ml-2 rounded px-1.5 py-0.5 text-xs font-medium", STATUS_CLASS[status])}>{status}</span>
                  </p>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    {new Date(sale.starts_at).toLocaleString()} → {new Date(sale.ends_at).toLocaleString()} · {sale.game_count} games
                    {sale.games.length > 0
                      ? `: ${sale.games.map((g) => g.title ?? `#${g.id}`).join(", ")}${sale.game_count > sale.games.length ? ", …" : ""}`
                      : ""}
                  </p>
                  {now !== null && status !== "ended" ? (
                    <p className="text-xs text-zinc-500">
                      {status === "scheduled" ? `Starts in ${formatTimeLeft(start - now)}` : `Ends in ${formatTimeLeft(end - now)}`}
                    </p>
                  ) : null}
                </div>
                {status === "scheduled" ? (
                  <button
                    type="button"
                    className={adminButtonClass("danger")}
                    disabled={remove.isPending && remove.variables === sale.id}
                    onClick={() => {
                      if (confirm(`Delete the sale “${sale.name}”?`)) remove.mutate(sale.id);
                    }}
                  >
                    Delete
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Panel>
  );
}
