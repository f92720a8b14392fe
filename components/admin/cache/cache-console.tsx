"use client";

import { formatBytes, formatPercent } from "@/components/admin/format-figures";
import { QueryError } from "@/components/admin/queues/query-error";
import { StatTile } from "@/components/admin/stat-tile";
import { errorBoxClass } from "@/components/ui/form-styles";
import { Skeleton } from "@/components/ui/skeleton";
import type { CacheOverview } from "@/lib/admin/cache/schemas";
import { useCacheOverview } from "@/lib/query/use-admin-cache";
import { cn, formatCount } from "@/lib/utils";

import { HitRatePanel } from "./hit-rate-panel";
import { InvalidatePanel } from "./invalidate-panel";
import { KeyCountsPanel } from "./key-counts-panel";
import { KeyLookupPanel } from "./key-lookup-panel";

const DRIVER_LABELS: Record<CacheOverview["driver"], string> = { memory: "In-memory", redis: "Redis (TCP)", upstash: "Upstash (REST)" };

/** The driver as a pill; its text names the driver (memory, redis, upstash) for the e2e. */
export function DriverBadge({ driver }: { driver: CacheOverview["driver"] }) {
  return (
    <span
      data-testid="cache-driver"
      title={DRIVER_LABELS[driver]}
      className={cn(
        "inline-flex items-center rounded-full px-2.5 py-1 text-xs font-semibold",
        driver === "memory"
          ? "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200"
          : "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
      )}
    >
      {driver}
    </span>
  );
}

/** /admin/cache: live figures every 5 s, key lookup and invalidation. */
export function CacheConsole() {
  const { data, error, isPending } = useCacheOverview();
  const lookups = data?.hitRates.reduce((n, s) => n + s.hits + s.staleHits + s.misses, 0) ?? 0;
  const hits = data?.hitRates.reduce((n, s) => n + s.hits + s.staleHits, 0) ?? 0;
  return (
    <div className="space-y-6">
      <QueryError error={error} what="load the cache figures" />
      {isPending ? (
        <div role="status" aria-label="Loading cache figures" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-20" />
          ))}
        </div>
      ) : data ? (
        <>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <DriverBadge driver={data.driver} />
            <span className="text-zinc-600 dark:text-zinc-400">
              {data.instanceOnly
                ? "In-memory cache: this instance only. Set REDIS_URL to share it across instances."
                : `${DRIVER_LABELS[data.driver]}, shared by every instance.`}
            </span>
          </div>
          {!data.reachable ? (
            <p role="alert" className={errorBoxClass}>
              Redis did not answer: {data.error ?? "unknown error"}. Requests fail open (served from SQLite) until it is back.
            </p>
          ) : null}
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <StatTile
              label="Memory used"
              value={formatBytes(data.info?.usedMemoryBytes)}
              hint={
                data.info?.maxMemoryBytes
                  ? `of ${formatBytes(data.info.maxMemoryBytes)}`
                  : data.instanceOnly
                    ? "approximate"
                    : "no maxmemory"
              }
              testId="cache-memory"
            />
            <StatTile
              label="Keys"
              value={data.info?.keys == null ? "—" : formatCount(data.info.keys)}
              hint={data.instanceOnly ? "this process" : "whole database"}
              testId="cache-keys-total"
            />
            <StatTile
              label="Questlog keys"
              value={`${data.questlogKeys.capped ? "≥ " : ""}${formatCount(data.questlogKeys.count)}`}
              hint="ql:*"
              testId="cache-questlog-keys"
            />
            <StatTile
              label="Hit rate"
              value={formatPercent(lookups ? hits / lookups : null)}
              hint={`${formatCount(lookups)} lookups here`}
              testId="cache-hit-rate"
            />
          </div>
          <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
            <KeyCountsPanel overview={data} />
            <HitRatePanel overview={data} />
          </div>
        </>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <KeyLookupPanel />
        <InvalidatePanel instanceOnly={data?.instanceOnly ?? false} />
      </div>
    </div>
  );
}
