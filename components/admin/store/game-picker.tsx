"use client";

import { useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { DebouncedTextFilter } from "@/components/admin/debounced-text-filter";
import { useListingSearch } from "@/lib/query/use-admin-store";

export interface PickedGame {
  id: number;
  title: string;
}

/** Picks listed games by title or id for a sale: search, add, remove. */
export function GamePicker({ picked, onChange }: { picked: PickedGame[]; onChange: (games: PickedGame[]) => void }) {
  const [q, setQ] = useState("");
  const results = useListingSearch(q);
  const pickedIds = new Set(picked.map((g) => g.id));
  return (
    <div>
      <DebouncedTextFilter
        label="Add games"
        value={q || undefined}
        onCommit={(text) => setQ(text ?? "")}
        placeholder="Search listed games by title or id"
      />
      {q ? (
        <ul aria-label="Matching games" className="mt-2 max-h-48 overflow-y-auto rounded-md border border-zinc-200 dark:border-zinc-800">
          {results.isPending ? <li className="p-2 text-sm text-zinc-500">Searching…</li> : null}
          {results.data?.listings.length === 0 ? <li className="p-2 text-sm text-zinc-500">No listed game matches.</li> : null}
          {results.data?.listings.map((listing) => (
            <li key={listing.game_id} className="flex items-center justify-between gap-2 p-2 text-sm">
              <span className="min-w-0 truncate">
                {listing.title ?? `Game ${listing.game_id}`} <span className="text-xs text-zinc-500">#{listing.game_id}</span>
              </span>
              <button
                type="button"
                className={adminButtonClass()}
                disabled={pickedIds.has(listing.game_id)}
                onClick={() => onChange([...picked, { id: listing.game_id, title: listing.title ?? `Game ${listing.game_id}` }])}
              >
                {pickedIds.has(listing.game_id) ? "Added" : "Add"}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {picked.length > 0 ? (
        <ul aria-label="Games in the sale" className="mt-2 flex flex-wrap gap-2">
          {picked.map((game) => (
            <li key={game.id} className="flex items-center gap-1 rounded-full bg-zinc-100 py-1 pr-1 pl-3 text-sm dark:bg-zinc-800">
              {game.title}
              <button
                type="button"
                aria-label={`Remove ${game.title}`}
                className="rounded-full px-2 hover:bg-zinc-200 dark:hover:bg-zinc-700"
                onClick={() => onChange(picked.filter((g) => g.id !== game.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
