import Link from "next/link";

import { CoverPlaceholder } from "@/components/ui/cover-placeholder";
import type { AdminGameRow } from "@/lib/admin/catalog/admin-catalog-schemas";

import { GameBadges } from "./game-badges";

/** Search results as stacked rows: they read as cards at 390 px and as a list on wide screens. */
export function GameList({ games }: { games: AdminGameRow[] }) {
  return (
    <ul aria-label="Games" className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {games.map((game) => (
        <li key={game.id} data-testid="catalog-game-row">
          <Link
            href={`/admin/catalog/${game.id}`}
            className="flex items-center gap-3 rounded-md px-1 py-2 hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
          >
            <div className="w-10 shrink-0">
              {game.cover_url ? (
                // eslint-disable-next-line @next/next/no-img-element -- IGDB serves sized covers
                <img src={game.cover_url} alt="" width={40} height={56} loading="lazy" className="h-14 w-10 rounded object-cover" />
              ) : (
                <CoverPlaceholder title={game.name} className="h-14 w-10 rounded" />
              )}
            </div>
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{game.name}</p>
              {game.name !== game.igdb_name ? <p className="truncate text-xs text-zinc-500">IGDB: {game.igdb_name}</p> : null}
              <p className="text-xs text-zinc-500">
                #{game.id}
                {game.release_year ? ` · ${game.release_year}` : ""} · {game.slug}
              </p>
            </div>
            <GameBadges flags={game} className="max-w-[40%] justify-end" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
