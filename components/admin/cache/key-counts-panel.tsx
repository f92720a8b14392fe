"use client";

import { adminButtonClass } from "@/components/admin/admin-button";
import { Panel } from "@/components/admin/panel";
import { RelativeTime } from "@/components/admin/queues/relative-time";
import type { CacheOverview } from "@/lib/admin/cache/schemas";
import { useRecountCacheKeys } from "@/lib/query/use-admin-cache";
import { formatCount } from "@/lib/utils";

/** When the keys were counted (the server keeps a count for 30 s), and a button to count them again now. */
function RecountKeys({ overview }: { overview: CacheOverview }) {
  const recount = useRecountCacheKeys();
  return (
    <span className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
      <span title={`SCAN of ql:*, up to ${formatCount(overview.questlogKeys.cap)} keys`} data-testid="cache-keys-counted">
        Counted <RelativeTime at={Date.parse(overview.keysCountedAt)} />
      </span>
      <button type="button" className={adminButtonClass()} disabled={recount.isPending} onClick={() => recount.mutate()}>
        {recount.isPending ? "Counting…" : "Recount"}
      </button>
    </span>
  );
}

/** Questlog's keys by kind as a bar list; "≥" where the SCAN stopped at its cap. */
export function KeyCountsPanel({ overview }: { overview: CacheOverview }) {
  const max = Math.max(1, ...overview.keyCounts.map((k) => k.count));
  return (
    <Panel title="Keys by kind" actions={<RecountKeys overview={overview} />}>
      <ul className="space-y-2" aria-label="Keys by kind">
        {overview.keyCounts.map((k) => (
          <li key={k.kind} data-testid={`cache-kind-${k.kind}`} className="text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium">
                {k.label}
                {k.protected ? (
                  <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-normal text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                    queue state, read-only
                  </span>
                ) : null}
              </span>
              <span className="tabular-nums" data-testid={`cache-kind-count-${k.kind}`}>
                {k.capped ? "≥ " : ""}
                {formatCount(k.count)}
              </span>
            </div>
            <div className="mt-1 flex items-center gap-2">
              <div className="h-2 flex-1 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800">
                <div className="h-full rounded-full bg-brand-600" style={{ width: `${(k.count / max) * 100}%` }} />
              </div>
              <code className="hidden w-40 truncate text-xs text-zinc-500 sm:block" title={k.pattern}>
                {k.pattern}
              </code>
            </div>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
