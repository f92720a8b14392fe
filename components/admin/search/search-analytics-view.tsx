"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";

import { formatPercent } from "@/components/admin/format-figures";
import { EmptyState } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { StatTile } from "@/components/admin/stat-tile";
import { Skeleton } from "@/components/ui/skeleton";
import { useSearchAnalytics } from "@/lib/query/use-admin-search-analytics";
import { formatCount } from "@/lib/utils";

import { TopQueriesTable, ZeroResultTable } from "./query-tables";
import { RANGES, RangeSelector } from "./range-selector";
import { SourceLatencyPanel } from "./source-latency-panel";

/** /admin/search: the range in the URL (?hours=), the figures refreshed every 30 s. */
export function SearchAnalyticsView({ initialHours }: { initialHours: number }) {
  const [hours, setHours] = useState(initialHours);
  const router = useRouter();
  const pathname = usePathname();
  const { data, error, isPending, isFetching } = useSearchAnalytics(hours);
  const choose = (next: number) => {
    setHours(next);
    router.replace(`${pathname}?hours=${next}`, { scroll: false });
  };
  const range = RANGES.find((r) => r.hours === hours)?.label ?? `${hours} h`;
  const busiest = data?.bySource[0];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <RangeSelector hours={hours} onChange={choose} />
        {isFetching && !isPending ? (
          <span className="text-xs text-zinc-500" aria-live="polite">
            Updating…
          </span>
        ) : null}
      </div>
      <QueryError error={error} what="load search analytics" />
      {isPending ? (
        <div role="status" aria-label="Loading search analytics" className="grid grid-cols-2 gap-3 lg:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-20" />
          ))}
        </div>
      ) : data && data.totals.searches === 0 ? (
        <EmptyState>
          No searches recorded in the last {range}. Searches are rolled up every minute by the <code>search.analytics-rollup</code> job:
          figures appear a minute or two after players search.
        </EmptyState>
      ) : data ? (
        <>
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
            <StatTile
              label={`Searches (${range})`}
              value={formatCount(data.totals.searches)}
              hint={`since ${new Date(data.since).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })} (hourly buckets)`}
              testId="search-total"
            />
            <StatTile
              label="Zero results"
              value={formatPercent(data.totals.zeroResultShare)}
              hint={`${formatCount(data.totals.zeroResults)} searches`}
              testId="search-zero-share"
            />
            <StatTile
              label="Answered most by"
              value={busiest?.source ?? "—"}
              hint={busiest ? `${formatPercent(data.totals.bySource[busiest.source])} of searches` : undefined}
            />
          </div>
          <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
            <ZeroResultTable rows={data.zeroResultQueries} />
            <SourceLatencyPanel report={data} />
          </div>
          <TopQueriesTable rows={data.topQueries} />
        </>
      ) : null}
    </div>
  );
}
