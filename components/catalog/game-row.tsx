import { OfferTag } from "@/components/store/offer-tag";
import { IntentLink } from "@/components/ui/intent-link";
import type { GameSummary } from "@/lib/catalog/schemas";

import { GameCover } from "./game-cover";

/** A result line: cover, title, year, platforms and publisher. */
export function GameRow({ game }: { game: GameSummary }) {
  return (
    <li className="flex gap-4 py-3">
      <IntentLink href={`/games/${game.slug}`} className="w-14 shrink-0" tabIndex={-1} aria-hidden>
        <GameCover name={game.name} coverUrl={game.cover_url} />
      </IntentLink>
      <div className="min-w-0">
        <IntentLink href={`/games/${game.slug}`} className="font-medium hover:underline">
          {game.name}
        </IntentLink>
        <p className="text-sm text-zinc-500">{[game.release_year, game.publisher].filter(Boolean).join(" · ") || "Unknown year"}</p>
        <OfferTag gameId={game.id} className="mt-1" />
        <p className="mt-1 flex flex-wrap gap-1">
          {game.platforms.slice(0, 6).map((p) => (
            <IntentLink
              key={p.slug}
              href={`/platforms/${p.slug}`}
              className="rounded bg-zinc-200 px-1.5 py-0.5 text-xs hover:bg-zinc-300 dark:bg-zinc-800 dark:hover:bg-zinc-700"
            >
              {p.name}
            </IntentLink>
          ))}
          {game.platforms.length > 6 && <span className="text-xs text-zinc-500">+{game.platforms.length - 6} more</span>}
        </p>
      </div>
    </li>
  );
}
