import type { LibraryListItem } from "@/lib/library/library-schemas";

import { EntryGameCover, entryGameName, EntryGameTitle } from "./entry-game-title";
import { EntryStatusSelect } from "./entry-status-select";

/** One library entry: cover, name (to the game page), "Owned" when bought in the store, platform, rating and its status, changeable here. */
export function LibraryEntryRow({ entry }: { entry: LibraryListItem }) {
  const name = entryGameName(entry);
  return (
    <li className="flex items-center gap-4 py-3" data-testid="library-entry">
      <EntryGameCover entry={entry} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2">
          <EntryGameTitle entry={entry} />
          {entry.owned ? (
            <span
              className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100"
              data-testid="owned-badge"
            >
              Owned
            </span>
          ) : null}
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {entry.platform ?? entry.game?.platforms.map((p) => p.name).join(", ")}
          {" · "}
          {entry.rating ? <span aria-label={`Rated ${entry.rating} out of 10`}>★ {entry.rating}/10</span> : "Not rated"}
        </p>
      </div>
      <div className="w-36 shrink-0">
        <EntryStatusSelect gameId={entry.gameId} gameName={name} status={entry.status} />
      </div>
    </li>
  );
}
