"use client";

import { useSearchParams } from "next/navigation";
import { useId, useMemo } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { TimeSeriesChart } from "@/components/admin/charts/time-series-chart";
import { DayRangeInputs } from "@/components/admin/day-range-inputs";
import { axisNumber } from "@/components/admin/format-figures";
import { EmptyState, Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { StatTile } from "@/components/admin/stat-tile";
import { useUrlFilterUpdate } from "@/components/admin/use-url-filter-update";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { Skeleton } from "@/components/ui/skeleton";
import { formatMoney } from "@/lib/money/format-money";
import { salesQueryString, useAdminSales, type SalesFilters } from "@/lib/query/use-admin-sales";

import { checkoutSeries, rangeDays, revenueSeries } from "./sales-chart-data";
import { TopSellersTable, UpliftTable } from "./sales-tables";

const DAY = /^\d{4}-\d\d-\d\d$/;
const CURRENCIES = ["USD", "EUR", "GBP", "JPY"];
/** The day under the chart's cursor (the points are UTC midnights). */
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** /admin/sales: revenue, units, refunds, conversion and sale uplift over a range of days (kept in the URL). */
export function SalesView() {
  const id = useId();
  const params = useSearchParams();
  const update = useUrlFilterUpdate();
  const filters: SalesFilters = useMemo(() => {
    const day = (key: string) => (DAY.test(params.get(key) ?? "") ? params.get(key)! : undefined);
    const currency = params.get("currency")?.toUpperCase();
    return { from: day("from"), to: day("to"), currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : undefined };
  }, [params]);
  const sales = useAdminSales(filters);
  const report = sales.data;
  const times = useMemo(() => (report ? rangeDays(report.from, report.to) : []), [report]);
  const exportQuery = report ? salesQueryString({ from: report.from, to: report.to, currency: report.currency ?? undefined }) : "";
  return (
    <div className="space-y-4">
      <Panel>
        <div className="flex flex-wrap items-end gap-3">
          <DayRangeInputs
            from={filters.from}
            to={filters.to}
            onChange={update}
            placeholder={report ? { from: report.from, to: report.to } : undefined}
          />
          <div>
            <label htmlFor={`${id}-currency`} className={labelClass}>
              Currency
            </label>
            <select
              id={`${id}-currency`}
              className={inputClass}
              value={filters.currency ?? ""}
              onChange={(e) => update({ currency: e.target.value || undefined })}
            >
              <option value="">Each currency</option>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <p className="pb-2 text-xs text-zinc-500">Days in UTC; 30 days up to today unless chosen.</p>
          {report ? (
            <div className="ml-auto flex flex-wrap gap-2">
              <a className={adminButtonClass()} href={`/api/admin/sales/export?kind=days&${exportQuery}`} download>
                CSV: days
              </a>
              <a className={adminButtonClass()} href={`/api/admin/sales/export?kind=games&${exportQuery}`} download>
                CSV: games
              </a>
              <a className={adminButtonClass()} href={`/api/admin/sales/export?kind=checkouts&${exportQuery}`} download>
                CSV: checkouts
              </a>
            </div>
          ) : null}
        </div>
      </Panel>
      <QueryError error={sales.error} what="load the sales report" />
      {sales.isPending ? (
        <div role="status" aria-label="Loading the sales report" className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Skeleton className="h-56 w-full" />
          <Skeleton className="h-56 w-full" />
        </div>
      ) : report ? (
        <>
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {report.currencies.map((c) => (
              <StatTile
                key={c.currency}
                label={`Revenue, ${c.currency}`}
                value={formatMoney(c.revenue, c.currency)}
                hint={`${c.units} units · ${c.orders} orders · refunds ${c.refundRate === null ? "—" : `${c.refundRate}%`}`}
                testId={`revenue-${c.currency}`}
              />
            ))}
            <StatTile
              label="Checkout conversion"
              value={report.checkouts.totals.conversion === null ? "—" : `${report.checkouts.totals.conversion}%`}
              hint={`${report.checkouts.totals.paid} paid of ${report.checkouts.totals.placed} placed · ${report.checkouts.totals.expired} expired · ${report.checkouts.totals.failed} failed`}
              testId="conversion"
            />
          </div>
          {report.currencies.length === 0 ? <EmptyState>No sales in this range.</EmptyState> : null}
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {report.currencies.map((c) => (
              <Panel key={c.currency} title={`Revenue and units by day, ${c.currency}`}>
                <TimeSeriesChart
                  label={`Revenue, refunds and units per day in ${c.currency}`}
                  times={times}
                  series={revenueSeries(report, c.currency, times)}
                  formatLeft={axisNumber}
                  formatRight={axisNumber}
                  formatTime={formatDay}
                />
              </Panel>
            ))}
            <Panel title="Checkouts by day">
              <TimeSeriesChart
                label="Checkouts placed, paid, expired and failed per day"
                times={times}
                series={checkoutSeries(report, times)}
                formatLeft={axisNumber}
                formatTime={formatDay}
              />
            </Panel>
            <Panel title="Top sellers">
              <TopSellersTable report={report} />
            </Panel>
            <Panel title="Sale uplift (units per day against the 28 days before)" className="lg:col-span-2">
              <UpliftTable report={report} />
            </Panel>
          </div>
        </>
      ) : null}
    </div>
  );
}
