import type { Metadata } from "next";
import Link from "next/link";

import { DealRow } from "@/components/store/deal-row";
import { Pagination } from "@/components/ui/pagination";
import { logger } from "@/lib/log/logger";
import { currencyOfPage } from "@/lib/store/currency/currency-of-page";
import { DEAL_SORTS, listDealsQuerySchema, type DealSort } from "@/lib/store/pricing/deal-schemas";
import { listDealGames } from "@/lib/store/pricing/list-deal-games";
import { cn, formatCount } from "@/lib/utils";

export const metadata: Metadata = { title: "Deals", description: "Games on sale now.", alternates: { canonical: "/deals" } };

const SORT_LABELS: Record<DealSort, string> = {
  discount: "Biggest discount",
  ends_soon: "Ending soon",
  all_time_low: "All-time lows first",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Rendered per request, in the visitor's currency (cookie, then Accept-Language): never prerendered, so no
// visitor's prices reach another's HTML.
export default async function DealsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = listDealsQuerySchema.safeParse({ sort: first(raw.sort), page: first(raw.page) });
  // A hand-edited ?sort= or ?page= falls back to the first page by discount rather than an error page.
  const query = parsed.success ? parsed.data : listDealsQuerySchema.parse({});
  const currency = await currencyOfPage();
  const answer = await listDealGames(query, currency).catch((error: unknown) => {
    logger.warn({ err: error }, "deals unavailable: the accounts database did not answer");
    return null;
  });
  const hrefFor = (page: number, sort: DealSort = query.sort) => `/deals?${new URLSearchParams({ sort, page: String(page) })}`;

  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">Deals</h1>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">Games on sale now, in {currency}.</p>
      <nav aria-label="Sort deals" className="mb-4 flex flex-wrap gap-2 text-sm">
        {DEAL_SORTS.map((sort) => (
          <Link
            key={sort}
            href={hrefFor(1, sort)}
            aria-current={sort === query.sort ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1",
              sort === query.sort
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
            )}
          >
            {SORT_LABELS[sort]}
          </Link>
        ))}
      </nav>
      {answer === null ? (
        <p
          role="alert"
          className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          The deals could not be loaded right now. Try again in a moment.
        </p>
      ) : answer.total === 0 ? (
        <p className="py-10 text-center text-zinc-500">No sales are running right now. Check back soon.</p>
      ) : (
        <section aria-label={`Deals sorted by ${SORT_LABELS[query.sort].toLowerCase()}`}>
          <p className="text-sm text-zinc-500">
            {formatCount(answer.total)} {answer.total === 1 ? "game" : "games"} on sale
          </p>
          {answer.results.length > 0 ? (
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="deal-list">
              {answer.results.map((game) => (
                <DealRow key={game.id} game={game} />
              ))}
            </ul>
          ) : (
            <p className="py-10 text-center text-zinc-500">
              This page is past the last deal.{" "}
              <Link href={hrefFor(1)} className="underline">
                Back to the first page
              </Link>
              .
            </p>
          )}
          <Pagination
            page={query.page}
            pageCount={Math.min(Math.ceil(answer.total / answer.page_size), 500)}
            hrefFor={(page) => hrefFor(page)}
          />
        </section>
      )}
    </div>
  );
}
