"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { EmptyState, Panel } from "@/components/admin/panel";
import { inputClass } from "@/components/ui/form-styles";
import { Skeleton } from "@/components/ui/skeleton";
import { ADMIN_GAME_FILTERS, type AdminGameFilter } from "@/lib/admin/catalog/admin-catalog-schemas";
import { useAdminGames } from "@/lib/query/use-admin-catalog";
import { cn } from "@/lib/utils";

import { GameList } from "./game-list";
import { PrerenderedList } from "./prerendered-list";

const PAGE_SIZE = 25;
const FILTER_LABELS: Record<AdminGameFilter, string> = { all: "All", featured: "Featured", hidden: "Hidden", edited: "Edited" };
export type CatalogTab = "games" | "prerendered";

export interface CatalogBrowserState {
  q: string;
  filter: AdminGameFilter;
  page: number;
  tab: CatalogTab;
}

/** Search, filters and pages, kept in the URL so a reload or a shared link shows the same list. */
export function CatalogBrowser({ initial }: { initial: CatalogBrowserState }) {
  const pathname = usePathname();
  const [text, setText] = useState(initial.q);
  const [state, setState] = useState(initial);
  const update = (next: Partial<CatalogBrowserState>) => setState((s) => ({ ...s, page: 1, ...next }));

  // Typing settles for a moment before it searches; each keystroke would otherwise be a request.
  useEffect(() => {
    const timer = setTimeout(() => setState((s) => (s.q === text.trim() ? s : { ...s, q: text.trim(), page: 1 })), 250);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    if (state.filter !== "all") params.set("filter", state.filter);
    if (state.page > 1) params.set("page", String(state.page));
    if (state.tab !== "games") params.set("tab", state.tab);
    const search = params.toString();
    // The History API rather than router.replace: Next keeps it in sync without a server round trip per keystroke.
    window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
  }, [state, pathname]);

  const tabClass = (tab: CatalogTab) =>
    cn(
      "border-b-2 px-3 py-2 text-sm font-medium",
      state.tab === tab
        ? "border-brand-600 text-brand-700 dark:text-brand-100"
        : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400",
    );

  return (
    <div className="space-y-4">
      <div role="tablist" aria-label="Catalog views" className="flex gap-2 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800">
        <button
          type="button"
          role="tab"
          id="catalog-tab-games"
          aria-selected={state.tab === "games"}
          aria-controls={state.tab === "games" ? "catalog-tabpanel" : undefined}
          className={tabClass("games")}
          onClick={() => update({ tab: "games" })}
        >
          Games
        </button>
        <button
          type="button"
          role="tab"
          id="catalog-tab-prerendered"
          aria-selected={state.tab === "prerendered"}
          aria-controls={state.tab === "prerendered" ? "catalog-tabpanel" : undefined}
          className={tabClass("prerendered")}
          onClick={() => update({ tab: "prerendered" })}
        >
          Prerendered pages
        </button>
      </div>
      {/* One panel, the selected tab's: a tab may only point at a panel that is in the document. */}
      <div role="tabpanel" id="catalog-tabpanel" aria-labelledby={`catalog-tab-${state.tab}`}>
        {state.tab === "prerendered" ? (
          <PrerenderedList />
        ) : (
          <Panel>
            <form
              role="search"
              className="space-y-3"
              onSubmit={(e) => {
                e.preventDefault();
                setState((s) => ({ ...s, q: text.trim(), page: 1 }));
              }}
            >
              <label htmlFor="catalog-search" className="sr-only">
                Search games
              </label>
              <input
                id="catalog-search"
                type="search"
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder="Search games by name, slug or id"
                className={inputClass}
              />
              <div role="group" aria-label="Filter" className="flex flex-wrap gap-2">
                {ADMIN_GAME_FILTERS.map((filter) => (
                  <button
                    key={filter}
                    type="button"
                    aria-pressed={state.filter === filter}
                    onClick={() => update({ filter })}
                    className={cn(
                      "rounded-full border px-3 py-1 text-sm",
                      state.filter === filter
                        ? "border-brand-600 bg-brand-600 text-white"
                        : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
                    )}
                  >
                    {FILTER_LABELS[filter]}
                  </button>
                ))}
              </div>
            </form>
            <Results state={state} onPage={(page) => setState((s) => ({ ...s, page }))} />
          </Panel>
        )}
      </div>
    </div>
  );
}

function Results({ state, onPage }: { state: CatalogBrowserState; onPage: (page: number) => void }) {
  const { data, error, isPending, isPlaceholderData } = useAdminGames({
    q: state.q,
    filter: state.filter,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  });
  if (error)
    return (
      <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-300">
        Could not load games: {error.message}
      </p>
    );
  if (isPending) {
    return (
      <div role="status" aria-label="Loading games" className="mt-4 space-y-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-14 w-full" />
        ))}
      </div>
    );
  }
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <div className={cn("mt-4", isPlaceholderData && "opacity-60")} aria-busy={isPlaceholderData}>
      <p className="mb-2 text-xs text-zinc-500" data-testid="catalog-total">
        {data.total.toLocaleString("en")} {data.total === 1 ? "game" : "games"}
        {data.prerender_known ? "" : " · prerendered pages unknown: no build manifest"}
      </p>
      {data.games.length === 0 ? <EmptyState>No games match{state.q ? ` “${state.q}”` : ""}.</EmptyState> : <GameList games={data.games} />}
      {pages > 1 ? (
        <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-2">
          <button type="button" className={adminButtonClass()} disabled={state.page <= 1} onClick={() => onPage(state.page - 1)}>
            Previous
          </button>
          <span className="text-sm text-zinc-500">
            Page {state.page} of {pages.toLocaleString("en")}
          </span>
          <button type="button" className={adminButtonClass()} disabled={state.page >= pages} onClick={() => onPage(state.page + 1)}>
            Next
          </button>
        </nav>
      ) : null}
    </div>
  );
}
