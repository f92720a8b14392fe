"use client";

import dynamic from "next/dynamic";

import { formatMoney } from "@/lib/money/format-money";
import { usePriceHistory } from "@/lib/query/use-price-history";

import { AllTimeLowBadge } from "./all-time-low-badge";
import { formatOrderDate } from "./format-order-date";

// The chart's code (uPlot) loads only once there is a history to draw, after the page and its price.
const PriceHistoryChart = dynamic(() => import("./price-history-chart").then((m) => m.PriceHistoryChart), {
  ssr: false,
  loading: () => <div aria-hidden className="h-40 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />,
});

/**
 * The game page's price history: an all-time-low badge when the price now is one, the lowest price of the last
 * 30 days and the all-time low in words, a step chart of the price over time, and the same figures as a table
 * (for screen readers and anyone who prefers text). A client island, fetched after the page: the page is
 * prerendered for everyone and the history is per currency. Nothing for a game that was never for sale.
 */
export function PriceHistory({ gameId, gameName }: { gameId: number; gameName: string }) {
  const { data, isPending, isError } = usePriceHistory(gameId);
  // A line, not a chart-sized block: most catalog games were never for sale and show nothing here at all.
  if (isPending)
    return (
      <p role="status" className="h-5 text-xs text-zinc-500">
        Loading the price history…
      </p>
    );
  if (isError) return <p className="text-sm text-zinc-500">The price history could not be loaded.</p>;
  if (!data || (data.points.length === 0 && !data.current)) return null;
  const money = (amount: string) => formatMoney(amount, data.currency);
  const rows = [...data.points].reverse();

  return (
    <section aria-labelledby="price-history-heading" data-testid="price-history" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="price-history-heading" className="text-sm font-semibold">
          Price history ({data.currency})
        </h2>
        {data.is_all_time_low ? <AllTimeLowBadge /> : null}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="price-history-summary">
        {data.current ? `Now ${money(data.current.price)}. ` : "Not for sale now. "}
        {data.lowest_price_30d ? `Lowest in the last 30 days: ${money(data.lowest_price_30d)}. ` : ""}
        {data.all_time_low ? `All-time low: ${money(data.all_time_low.price)} (${formatOrderDate(data.all_time_low.at)}).` : ""}
      </p>
      {data.points.length > 0 ? (
        <>
          <PriceHistoryChart
            points={data.points}
            currency={data.currency}
            current={data.current?.price ?? null}
            label={`Price of ${gameName} over time, in ${data.currency}: ${data.points.length} ${data.points.length === 1 ? "change" : "changes"}; the table below lists them.`}
          />
          <details className="text-xs">
            <summary className="cursor-pointer text-zinc-600 hover:underline dark:text-zinc-400">Price changes as a table</summary>
            <div className="mt-2 max-h-64 overflow-auto">
              <table className="w-full text-left tabular-nums">
                <caption className="sr-only">Price changes of {gameName}, newest first</caption>
                <thead>
                  <tr className="border-b border-zinc-200 dark:border-zinc-800">
                    <th scope="col" className="py-1 pr-3 font-medium">
                      From
                    </th>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      Price
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      Discount
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((point) => (
                    <tr key={point.effective_from} className="border-b border-zinc-100 dark:border-zinc-900">
                      <td className="py-1 pr-3">{formatOrderDate(point.effective_from)}</td>
                      <td className="py-1 pr-3">{money(point.price)}</td>
                      <td className="py-1">
                        {point.discount_percent > 0 ? `-${point.discount_percent}% off ${money(point.regular_price)}` : "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}
