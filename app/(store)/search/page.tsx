import type { Metadata } from "next";

import { GameRow } from "@/components/catalog/game-row";
import { Pagination } from "@/components/ui/pagination";
import { getServedClientIdentity } from "@/lib/cache/rate-limit/get-client-identity";
import { listPlatforms } from "@/lib/catalog/list-platforms";
import { AppError } from "@/lib/errors/app-error";
import { SEARCH_SORTS, searchGamesQuerySchema } from "@/lib/search/schemas";
import { searchGames, type SearchGamesResponse } from "@/lib/search/search-games";
import { currencyOfPage } from "@/lib/store/currency/currency-of-page";
import { searchPriceOrder } from "@/lib/store/pricing/search-price-order";
import { formatCount } from "@/lib/utils";

const PAGE_SIZE = 20;
const SORT_LABELS: Record<(typeof SEARCH_SORTS)[number], string> = {
  relevance: "Relevance",
  popularity: "Popularity",
  release_date: "Release date",
  name: "Name",
  price: "Price (lowest first)",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q)?.trim();
  return { title: q ? `“${q}”: search` : "Search", robots: { index: false }, alternates: { canonical: "/search" } };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const page = Math.max(1, Math.min(500, Number(first(raw.page)) || 1));
  const input = {
    q: first(raw.q) ?? "",
    platform: first(raw.platform),
    year: first(raw.year),
    sort: first(raw.sort),
    on_sale: first(raw.on_sale),
    max_price: first(raw.max_price),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const parsed = searchGamesQuerySchema.safeParse(input);
  let response: SearchGamesResponse | null = null;
  let problem: string | null = null;
  // This page is rendered per request (it reads the query), so the visitor's currency may shape it.
  const currency = await currencyOfPage();
  if (parsed.success) {
    try {
      const prices = await searchPriceOrder(parsed.data, currency);
      // Counted against this client when it reaches IGDB, as the API's searches are.
      response = await searchGames(parsed.data, { client: getServedClientIdentity(), prices });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.message;
    }
  } else if (input.q.trim()) {
    const issue = parsed.error.issues[0];
    problem = issue ? `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}` : "Invalid search";
  }
  const platforms = listPlatforms(80);
  const hrefFor = (p: number) => {
    const params = new URLSearchParams();
    const { q, platform, year, sort, on_sale, max_price } = input;
    for (const [k, v] of Object.entries({ q, platform, year, sort, on_sale, max_price })) if (v) params.set(k, v);
    params.set("page", String(p));
    return `/search?${params}`;
  };
  const selectClass = "rounded border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900";

  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Search</h1>
      <form
        action="/search"
        className="mb-6 grid gap-3 text-sm sm:grid-cols-[1fr_auto_auto_auto] sm:items-end lg:grid-cols-[1fr_auto_auto_auto_auto_auto_auto]"
      >
        <label className="flex flex-col gap-1">
          Title
          <input name="q" type="search" defaultValue={input.q} placeholder="zelda, rockman 2, ms pacman…" className={selectClass} />
        </label>
        <label className="flex flex-col gap-1">
          Platform
          <select name="platform" defaultValue={input.platform ?? ""} className={selectClass}>
            <option value="">All platforms</option>
            {platforms.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Year
          <input
            name="year"
            type="number"
            min={1950}
            max={2100}
            defaultValue={input.year ?? ""}
            placeholder="Any"
            className={`${selectClass} w-24`}
          />
        </label>
        <label className="flex flex-col gap-1">
          Sort
          <select name="sort" defaultValue={input.sort ?? "relevance"} className={selectClass}>
            {SEARCH_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Max price ({currency})
          <input
            name="max_price"
            inputMode="decimal"
            pattern="[0-9]{1,8}([.][0-9]{1,2})?"
            title="An amount such as 9.99"
            defaultValue={input.max_price ?? ""}
            placeholder="Any"
            className={`${selectClass} w-24`}
          />
        </label>
        <label className="flex items-center gap-2 sm:pb-1.5">
          <input
            name="on_sale"
            type="checkbox"
            value="true"
            defaultChecked={input.on_sale === "true"}
            className="size-4 accent-brand-600"
          />
          On sale
        </label>
        <button className="rounded bg-brand-600 px-4 py-1.5 font-medium text-white hover:bg-brand-700">Search</button>
      </form>

      {problem ? (
        <p
          role="alert"
          className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {problem}
        </p>
      ) : null}
      {!response && !problem ? (
        <p className="py-10 text-center text-zinc-500">Type a title above: typos, accents and Japanese titles are fine.</p>
      ) : null}
      {response ? (
        <section aria-live="polite">
          <p className="text-sm text-zinc-500">
            {formatCount(response.meta.total)} {response.meta.total === 1 ? "game" : "games"} · {response.meta.query_time_ms} ms
            {response.meta.source === "igdb" && " · fetched from IGDB"}
          </p>
          {response.results.length > 0 ? (
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {response.results.map((game) => (
                <GameRow key={game.id} game={game} />
              ))}
            </ul>
          ) : (
            <p className="py-10 text-center text-zinc-500">
              No games match “{input.q.trim()}”{input.on_sale === "true" || input.max_price ? " with these price filters" : ""}. Try fewer
              words or another spelling.
            </p>
          )}
          <Pagination page={page} pageCount={Math.min(500, Math.ceil(response.meta.total / PAGE_SIZE))} hrefFor={hrefFor} />
        </section>
      ) : null}
    </div>
  );
}
