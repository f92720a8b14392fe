import Link from "next/link";

import { GameCover } from "@/components/catalog/game-cover";
import type { LibraryItem } from "@/lib/library/library-schemas";

import { EntryStatusSelect } from "./entry-status-select";

/** One library entry: cover, name (to the game page), platform, rating and its status, changeable here. */
export function LibraryEntryRow({ entry }: { entry: LibraryItem }) {
  // A game gone from the catalog keeps its entry; it shows without a link rather than disappearing.
  const name = entry.game?.name ?? `Game #${entry.gameId}`;
  return (
    <li className="flex items-center gap-4 py-3" data-testid="library-entry">
      <div className="w-12 shrink-0 sm:w-14">
        <GameCover name={name} coverUrl={entry.game?.cover_url ?? null} />
      </div>
      <div className="min-w-0 flex-1">
        {entry.game ? (
          <Link href={`/games/${entry.game.slug}`} className="font-medium hover:underline">{name}</Link>
        ) : (
          <span className="font-medium">{name}</span>
        )}
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
