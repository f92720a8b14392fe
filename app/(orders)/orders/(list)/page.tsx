import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { formatOrderDate } from "@/components/store/format-order-date";
import { Money } from "@/components/store/money";
import { OrderStatusBadge } from "@/components/store/order-status-badge";
import { getViewer } from "@/lib/auth/get-viewer";
import { withOrderStatus } from "@/lib/query/order-view";
import { listOrdersForUser } from "@/lib/store/orders/list-orders-for-user";

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The API's cursor is the last order id of the previous page.
const CURSOR = /^[a-z0-9]{1,64}$/;
const linkClass = "rounded border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** The player's orders, newest first, a page at a time (the API's cursor). */
export default async function OrdersPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin?callbackUrl=%2Forders");
  const raw = (await searchParams).cursor;
  // A malformed cursor in the URL shows the first page rather than an error.
  const cursor = typeof raw === "string" && CURSOR.test(raw) ? raw : undefined;
  const page = await listOrdersForUser(viewer.id, { cursor, limit: 20 });
  const orders = page.orders.map(withOrderStatus);
  const next_cursor = page.next_cursor;

  return (
    <div className="mx-auto w-full max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Your orders</h1>
      {orders.length === 0 && !cursor ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          <p className="font-medium">No orders yet.</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            <Link href="/" className="underline">
              Browse popular games
            </Link>{" "}
            and buy one: it lands in your library straight away.
          </p>
        </div>
      ) : (
        <ul
          className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
          aria-label="Orders"
        >
          {orders.map((order) => {
            const titles = order.lines.map((line) => line.title);
            const more = titles.length > 2 ? ` and ${titles.length - 2} more` : "";
            return (
              <li key={order.id} data-testid="order-row">
                <Link
                  href={`/orders/${order.id}`}
                  className="flex flex-wrap items-center gap-x-4 gap-y-1 p-4 hover:bg-zinc-50 focus-visible:bg-zinc-50 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800"
                >
                  <div className="min-w-0 flex-1 basis-48">
                    <p className="truncate font-medium">{titles.slice(0, 2).join(", ") + more}</p>
                    <p className="text-sm text-zinc-600 dark:text-zinc-400">
                      {formatOrderDate(order.created_at)} · {order.lines.length} {order.lines.length === 1 ? "game" : "games"}
                    </p>
                  </div>
                  <OrderStatusBadge status={order.status} />
                  <Money amount={order.total} currency={order.currency} className="w-24 text-right font-medium" />
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {cursor || next_cursor ? (
        <nav aria-label="Pagination" className="mt-6 flex items-center justify-center gap-3">
          {cursor ? (
            <Link className={linkClass} href="/orders">
              ← Newest orders
            </Link>
          ) : null}
          {next_cursor ? (
            <Link rel="next" className={linkClass} href={`/orders?cursor=${encodeURIComponent(next_cursor)}`}>
              Older orders →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
