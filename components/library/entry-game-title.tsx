import Link from "next/link";

import { GameCover } from "@/components/catalog/game-cover";
import type { GameCard } from "@/lib/catalog/schemas";

/** What a library or wishlist entry calls its game: its name, or its id while the catalog does not hold it. */
export const entryGameName = (entry: { gameId: number; game: GameCard | null }) => entry.game?.name ?? `Game #${entry.gameId}`;

/** The entry's cover. */
export function EntryGameCover({ entry }: { entry: { gameId: number; game: GameCard | null } }) {
  return (
    <div className="w-12 shrink-0 sm:w-14">
      <GameCover name={entryGameName(entry)} coverUrl={entry.game?.cover_url ?? null} />
    </div>
  );
}

/**
 * The entry's game by name, linked to its page. A game that left the catalog (an admin hid it) or that this
 * replica does not hold yet keeps its entry and shows without a link rather than disappearing, as Steam keeps
 * delisted games in libraries.
 */
export function EntryGameTitle({ entry }: { entry: { gameId: number; game: GameCard | null } }) {
  const name = entryGameName(entry);
  if (entry.game?.listed) {
    return (
      <Link href={`/games/${entry.game.slug}`} className="font-medium hover:underline">
        {name}
      </Link>
    );
  }
  return (
    <span className="font-medium">
      {name}
      {entry.game ? (
        <span
          className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-normal text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400"
          data-testid="game-unlisted"
        >
          No longer in the catalog
        </span>
      ) : null}
    </span>
  );
}
