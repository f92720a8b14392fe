import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { formatOrderDateTime } from "@/components/store/format-order-date";
import { Money } from "@/components/store/money";
import { PrintButton } from "@/components/store/print-button";
import { getViewer } from "@/lib/auth/get-viewer";
import { ORDER_STATUS_LABELS } from "@/lib/query/order-view";
import { siteUrl } from "@/lib/site";

import { loadOrderOr404 } from "../../load-order";

export const metadata: Metadata = { title: "Receipt", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

const cell = "py-1.5 pr-3 align-top";

/**
 * A receipt that prints well: black on white, no site header or navigation (the layout hides them in print),
 * everything a player files away: order id, date, buyer, games, totals, payment status and refunds.
 */
export default async function ReceiptPage({ params }: Props) {
  const { id: rawId } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/orders/${rawId}/receipt`)}`);
  const order = await loadOrderOr404(rawId, viewer.id);
  const paidAt = order.paid_at ? formatOrderDateTime(order.paid_at) : null;

  return (
    <article
      aria-labelledby="receipt-heading"
      className="mx-auto w-full max-w-2xl rounded-lg border border-zinc-200 bg-white p-6 text-zinc-900 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100 print:max-w-none print:rounded-none print:border-0 print:bg-white print:p-0 print:text-black"
      data-testid="receipt"
    >
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-lg font-bold">Questlog</p>
          <p className="text-sm">{new URL(siteUrl()).host}</p>
        </div>
        <div className="flex gap-2 print:hidden">
          <Link
            href={`/orders/${order.id}`}
            className="inline-flex items-center rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Back to the order
          </Link>
          <PrintButton />
        </div>
      </div>
      <h1 id="receipt-heading" className="text-2xl font-bold">
        Receipt
      </h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Order</dt>
        <dd className="break-all" data-testid="receipt-order-id">
          {order.id}
        </dd>
        <dt className="font-medium">Date</dt>
        <dd>{formatOrderDateTime(order.created_at)}</dd>
        <dt className="font-medium">Buyer</dt>
        <dd className="break-all">{viewer.email}</dd>
        <dt className="font-medium">Payment</dt>
        <dd data-testid="receipt-payment">
          {ORDER_STATUS_LABELS[order.status]}
          {paidAt ? `, paid ${paidAt}` : ""}
        </dd>
      </dl>

      <table className="mt-6 w-full text-left text-sm">
        <caption className="sr-only">Games bought</caption>
        <thead>
          <tr className="border-b border-zinc-300 print:border-black">
            <th scope="col" className={cell}>
              Game
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Price
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Discount
            </th>
            <th scope="col" className={`${cell} pr-0 text-right`}>
              Paid
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.game_id} className="border-b border-zinc-200 print:border-zinc-400" data-testid="receipt-line">
              <td className={cell}>
                {line.title}
                {line.refunded ? " (refunded)" : ""}
              </td>
              <td className={`${cell} text-right`}>
                <Money amount={line.unit_price} currency={order.currency} />
              </td>
              <td className={`${cell} text-right`}>
                <Money amount={line.discount} currency={order.currency} />
              </td>
              <td className={`${cell} pr-0 text-right`}>
                <Money amount={line.line_total} currency={order.currency} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3} className={`${cell} text-right font-medium`}>
              Subtotal
            </th>
            <td className={`${cell} pr-0 text-right`}>
              <Money amount={order.subtotal} currency={order.currency} />
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={3} className={`${cell} text-right font-medium`}>
              Discount
            </th>
            <td className={`${cell} pr-0 text-right`}>
              −<Money amount={order.discount} currency={order.currency} />
            </td>
          </tr>
          <tr className="text-base font-bold">
            <th scope="row" colSpan={3} className={`${cell} text-right`}>
              Total ({order.currency})
            </th>
            <td className={`${cell} pr-0 text-right`} data-testid="receipt-total">
              <Money amount={order.total} currency={order.currency} />
            </td>
          </tr>
        </tfoot>
      </table>

      {order.refunds.length > 0 ? (
        <section aria-labelledby="receipt-refunds" className="mt-6">
          <h2 id="receipt-refunds" className="text-base font-semibold">
            Refunds
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {order.refunds.map((refund) => (
              <li key={refund.id} data-testid="receipt-refund">
                <Money amount={refund.amount} currency={order.currency} /> · {refund.status}
                {" · requested "}
                {formatOrderDateTime(refund.created_at)}
                {refund.completed_at ? `, completed ${formatOrderDateTime(refund.completed_at)}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-8 text-xs text-zinc-600 dark:text-zinc-400 print:text-black">
        Times are in UTC. Keep this receipt for your records.
      </p>
    </article>
  );
}
