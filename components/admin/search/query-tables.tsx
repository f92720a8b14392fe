import Link from "next/link";

import { EmptyState, Panel } from "@/components/admin/panel";
import { RelativeTime } from "@/components/admin/queues/relative-time";
import type { SearchAnalyticsReport } from "@/lib/admin/search/schemas";
import { formatCount } from "@/lib/utils";

const th = "px-3 py-2 text-left text-xs font-medium text-zinc-500";
const td = "px-3 py-2";
const ms = (value: number) => `${Math.round(value)} ms`;

/** The most searched queries: volume, zero-result searches, average time. */
export function TopQueriesTable({ rows }: { rows: SearchAnalyticsReport["topQueries"] }) {
  return (
    <Panel title="Top queries">
      {rows.length === 0 ? (
        <EmptyState>No searches in this range.</EmptyState>
      ) : (
        <div className="-mx-4 overflow-x-auto px-4">
          <table className="w-full min-w-[28rem] text-sm" data-testid="top-queries">
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th className={th} scope="col">
                  Query
                </th>
                <th className={`${th} text-right`} scope="col">
                  Searches
                </th>
                <th className={`${th} text-right`} scope="col">
                  Zero results
                </th>
                <th className={`${th} text-right`} scope="col">
                  Avg time
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {rows.map((r) => (
                <tr key={r.query}>
                  <td className={`${td} max-w-[16rem] truncate font-medium`} title={r.query}>
                    {r.query}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{formatCount(r.searches)}</td>
                  <td className={`${td} text-right tabular-nums ${r.zeroResults ? "text-amber-700 dark:text-amber-300" : ""}`}>
                    {formatCount(r.zeroResults)}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{ms(r.avgMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

/** Searches that found nothing: each a lead for the catalog (a missing game, a title spelled another way). */
export function ZeroResultTable({ rows }: { rows: SearchAnalyticsReport["zeroResultQueries"] }) {
  return (
    <Panel title="Zero-result queries" actions={<span className="text-xs text-zinc-500">what players looked for and did not find</span>}>
      {rows.length === 0 ? (
        <EmptyState>Every search in this range found something.</EmptyState>
      ) : (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="zero-result-queries">
          {rows.map((r) => (
            <li key={r.query} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="truncate font-medium" title={r.query}>
                  {r.query}
                </p>
                <p className="text-xs text-zinc-500">
                  {formatCount(r.searches)} {r.searches === 1 ? "search" : "searches"} · last <RelativeTime at={r.lastHour} /> (hour)
                </p>
              </div>
              <div className="flex shrink-0 gap-3 text-sm">
                <Link
                  className="text-brand-600 hover:underline"
                  href={`/admin/catalog?q=${encodeURIComponent(r.query)}`}
                  aria-label={`Find “${r.query}” in the catalog`}
                >
                  Catalog
                </Link>
                <Link
                  className="text-brand-600 hover:underline"
                  href={`/search?q=${encodeURIComponent(r.query)}`}
                  aria-label={`Search the store for “${r.query}”`}
                >
                  Search
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
