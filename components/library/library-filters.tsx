import Link from "next/link";

import type { LibraryStatus } from "@/generated/prisma/enums";
import { LIBRARY_STATUS_LABELS, LIBRARY_STATUSES } from "@/lib/library/library-status-labels";
import { cn } from "@/lib/utils";

type Filters = { status?: LibraryStatus; platform?: string };

function hrefFor({ status, platform }: Filters): string {
  const params = new URLSearchParams();
  if (status) params.set("status", status.toLowerCase());
  if (platform) params.set("platform", platform);
  const query = params.toString();
  return query ? `/library?${query}` : "/library";
}

/** Status tabs with counts (links, so a filter is a URL), and a platform filter when entries name platforms. */
export function LibraryFilters({
  counts,
  filters,
  platforms,
}: {
  counts: Record<LibraryStatus, number>;
  filters: Filters;
  platforms: string[];
}) {
  const all = LIBRARY_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const tab = (active: boolean) =>
    cn(
      "rounded-full border px-3 py-1 text-sm",
      active ? "border-brand-600 bg-brand-600 text-white" : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
    );
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <nav aria-label="Filter by status">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href={hrefFor({ platform: filters.platform })}
              aria-current={!filters.status ? "page" : undefined}
              className={tab(!filters.status)}
            >
              All <span data-testid="count-all">{all}</span>
            </Link>
          </li>
          {LIBRARY_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={hrefFor({ status: s, platform: filters.platform })}
                aria-current={filters.status === s ? "page" : undefined}
                className={tab(filters.status === s)}
              >
                {LIBRARY_STATUS_LABELS[s]} <span data-testid={`count-${s.toLowerCase()}`}>{counts[s]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {platforms.length > 0 ? (
        <form action="/library" className="flex items-center gap-2">
          {filters.status ? <input type="hidden" name="status" value={filters.status.toLowerCase()} /> : null}
          <label htmlFor="library-platform" className="text-sm font-medium">
            Platform
          </label>
          <select
            id="library-platform"
            name="platform"
            defaultValue={filters.platform ?? ""}
            className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">All platforms</option>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Apply
          </button>
        </form>
      ) : null}
    </div>
  );
}
