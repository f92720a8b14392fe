"use client";

import { EmptyState } from "@/components/admin/panel";
import { errorBoxClass } from "@/components/ui/form-styles";
import { useLiveOverview } from "@/lib/query/use-admin-overview";

import { LiveBadge } from "./live-badge";
import { OverviewCharts } from "./overview-charts";
import { OverviewSkeleton } from "./overview-skeleton";
import { OverviewTiles } from "./overview-tiles";

/** /admin: this instance's live figures, from the metrics registry that /api/metrics exposes too. */
export function OverviewDashboard() {
  const { points, totals, connection, isPending, error } = useLiveOverview();
  const latest = points.at(-1);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <LiveBadge connection={connection} />
        {latest ? <p className="text-xs text-zinc-500">Updated {new Date(latest.t).toLocaleTimeString()}</p> : null}
      </div>
      {error ? (
        <p role="alert" className={errorBoxClass}>
          Could not load the overview&apos;s history: {error.message}
        </p>
      ) : null}
      {isPending && !totals ? (
        <OverviewSkeleton />
      ) : (
        <>
          <OverviewTiles points={points} totals={totals} />
          {points.length === 0 ? (
            <EmptyState>Collecting… first points arrive within 5 seconds.</EmptyState>
          ) : (
            <OverviewCharts points={points} />
          )}
        </>
      )}
    </div>
  );
}
