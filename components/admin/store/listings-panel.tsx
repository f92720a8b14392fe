"use client";

import Link from "next/link";
import { useId, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { DebouncedTextFilter } from "@/components/admin/debounced-text-filter";
import { EmptyState, Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { Skeleton } from "@/components/ui/skeleton";
import { formatMoney, SELLABLE_CURRENCIES } from "@/lib/money";
import { LISTINGS_PAGE_SIZE, useAdminListings, useUpdateListing, type ListedFilter } from "@/lib/query/use-admin-store";
import { formatCount } from "@/lib/utils";

import { ListingEditor } from "./listing-editor";

/** /admin/store: the listings, searchable by title or game id, with base prices per currency and list/unlist. */
export function ListingsPanel() {
  const filterId = useId();
  const [q, setQ] = useState("");
  const [listed, setListed] = useState<ListedFilter>("all");
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const listings = useAdminListings({ q, listed, page });
  const toggle = useUpdateListing();
  const pageCount = Math.max(1, Math.ceil((listings.data?.total ?? 0) / LISTINGS_PAGE_SIZE));
  return (
    <Panel
      title="Listings"
      actions={
        <a className={adminButtonClass()} href="/api/admin/store/listings/export" download>
          Export CSV
        </a>
      }
    >
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end">
        <DebouncedTextFilter
          label="Search listings"
          className="min-w-0 flex-1"
          value={q || undefined}
          onCommit={(text) => {
            setQ(text ?? "");
            setPage(0);
          }}
          placeholder="Title or game id"
        />
        <div className="sm:w-40">
          <label htmlFor={filterId} className={labelClass}>
            Show
          </label>
          <select
            id={filterId}
            className={inputClass}
            value={listed}
            onChange={(e) => {
              setListed(e.target.value as ListedFilter);
              setPage(0);
            }}
          >
            <option value="all">All</option>
            <option value="listed">Listed</option>
            <option value="unlisted">Unlisted</option>
          </select>
        </div>
      </div>
      <div className="mb-3 space-y-2">
        <QueryError error={listings.error} what="load the listings" />
        <QueryError error={toggle.error} what="change the listing" />
      </div>
      {listings.isPending ? (
        <div role="status" aria-label="Loading listings" className="space-y-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : listings.data && listings.data.listings.length === 0 ? (
        <EmptyState>{q || listed !== "all" ? "No listing matches." : "No games are listed yet. Import a CSV below."}</EmptyState>
      ) : listings.data ? (
        <>
          <ul aria-label="Listings" className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {listings.data.listings.map((listing) => (
              <li key={listing.game_id} className="py-3" data-testid="listing-row">
                <div className="flex flex-col gap-2 md:flex-row md:items-center md:justify-between">
                  <div className="min-w-0">
                    <p className="truncate font-medium">
                      {listing.slug ? (
                        <Link href={`/games/${listing.slug}`}>{listing.title}</Link>
                      ) : (
                        (listing.title ?? `Game ${listing.game_id}`)
                      )}
                      <span className="ml-2 text-xs text-zinc-500">#{listing.game_id}</span>
                    </p>
                    <p className="text-sm text-zinc-600 dark:text-zinc-400">
                      {SELLABLE_CURRENCIES.map((c) => (listing.prices[c] ? formatMoney(listing.prices[c], c) : `${c} —`)).join(" · ")}
                    </p>
                    <p className="text-xs">
                      <span className={listing.listed ? "text-emerald-700 dark:text-emerald-300" : "text-zinc-500"}>
                        {listing.listed ? "Listed" : "Unlisted"}
                      </span>
                      {listing.locked_by_sale ? (
                        <span className="ml-2 text-amber-700 dark:text-amber-300">On sale: {listing.locked_by_sale.name}</span>
                      ) : null}
                    </p>
                  </div>
                  <div className="flex shrink-0 gap-2">
                    <button
                      type="button"
                      className={adminButtonClass()}
                      aria-expanded={editing === listing.game_id}
                      onClick={() => setEditing(editing === listing.game_id ? null : listing.game_id)}
                    >
                      Edit prices
                    </button>
                    <button
                      type="button"
                      className={adminButtonClass(listing.listed ? "danger" : "secondary")}
                      disabled={toggle.isPending && toggle.variables?.gameId === listing.game_id}
                      onClick={() => toggle.mutate({ gameId: listing.game_id, body: { listed: !listing.listed } })}
                    >
                      {listing.listed ? "Unlist" : "List"}
                    </button>
                  </div>
                </div>
                {editing === listing.game_id ? <ListingEditor listing={listing} onDone={() => setEditing(null)} /> : null}
              </li>
            ))}
          </ul>
          <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-3 text-sm">
            <span className="text-zinc-500">{formatCount(listings.data.total)} listings</span>
            <div className="flex items-center gap-2">
              <button type="button" className={adminButtonClass()} disabled={page === 0} onClick={() => setPage(page - 1)}>
                ← Previous
              </button>
              <span className="text-zinc-500">
                Page {page + 1} of {pageCount}
              </span>
              <button type="button" className={adminButtonClass()} disabled={page + 1 >= pageCount} onClick={() => setPage(page + 1)}>
                Next →
              </button>
            </div>
          </nav>
        </>
      ) : null}
    </Panel>
  );
}
