import { OfferTag } from "@/components/store/offer-tag";
import { IntentLink } from "@/components/ui/intent-link";
import type { GameSummary } from "@/lib/catalog/schemas";

import { GameCover } from "./game-cover";

export function GameCard({ game }: { game: GameSummary }) {
  const platforms = game.platforms
    .slice(0, 2)
    .map((p) => p.name)
    .join(", ");
  const more = game.platforms.length > 2 ? ` +${game.platforms.length - 2}` : "";
  return (
    <li>
      <IntentLink href={`/games/${game.slug}`} className="group block rounded-lg focus-visible:outline-2">
        <GameCover
          name={game.name}
          coverUrl={game.cover_url}
          className="shadow-sm transition group-hover:shadow-md group-hover:brightness-110"
        />
        <p className="mt-2 line-clamp-2 text-sm font-medium group-hover:underline">{game.name}</p>
        <p className="text-xs text-zinc-500">
          {game.release_year ?? "—"} · {platforms}
          {more}
        </p>
      </IntentLink>
      <OfferTag gameId={game.id} className="mt-1" />
    </li>
  );
}

export function GameGrid({ games }: { games: GameSummary[] }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4 lg:grid-cols-6">
      {games.map((game) => (
        <GameCard key={game.id} game={game} />
      ))}
    </ul>
  );
}
