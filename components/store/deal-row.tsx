import { GameCover } from "@/components/catalog/game-cover";
import { IntentLink } from "@/components/ui/intent-link";
import type { DealGame } from "@/lib/store/pricing/list-deal-games";

import { AllTimeLowBadge } from "./all-time-low-badge";
import { PriceBlock } from "./price-block";
import { SaleCountdown } from "./sale-countdown";

/** A line of the Deals page: cover, title, year, the sale price with its badge, when the sale ends, and an all-time-low badge. */
export function DealRow({ game }: { game: DealGame }) {
  return (
    <li className="flex gap-4 py-3" data-testid="deal-row" data-discount={game.offer.discount_percent}>
      <IntentLink href={`/games/${game.slug}`} className="w-14 shrink-0" tabIndex={-1} aria-hidden>
        <GameCover name={game.name} coverUrl={game.cover_url} />
      </IntentLink>
      <div className="min-w-0 flex-1">
        <IntentLink href={`/games/${game.slug}`} className="font-medium hover:underline">
          {game.name}
        </IntentLink>
        <p className="text-sm text-zinc-500">{[game.release_year, game.publisher].filter(Boolean).join(" · ") || "Unknown year"}</p>
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
          <PriceBlock offer={game.offer} compact />
          {game.is_all_time_low ? <AllTimeLowBadge /> : null}
        </div>
        {game.offer.sale_ends_at ? (
          <SaleCountdown endsAt={game.offer.sale_ends_at} className="mt-1 block text-xs text-zinc-600 dark:text-zinc-400" />
        ) : null}
      </div>
    </li>
  );
}
