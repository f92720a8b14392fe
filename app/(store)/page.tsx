import { GameGrid } from "@/components/catalog/game-card";
import { IntentLink } from "@/components/ui/intent-link";
import { listFeaturedGames } from "@/lib/catalog/curation/list-featured-games";
import { getCatalogStats } from "@/lib/catalog/get-catalog-stats";
import { listGames } from "@/lib/catalog/list-games";
import { listPlatforms } from "@/lib/catalog/list-platforms";
import { formatCount } from "@/lib/utils";

export const revalidate = 3600;

export default function HomePage() {
  const featured = listFeaturedGames();
  const popular = listGames({ sort: "popularity", limit: 24, offset: 0 }).games;
  const platforms = listPlatforms(24);
  const stats = getCatalogStats();
  return (
    <div className="space-y-10">
      <section>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Every game, one search.</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {formatCount(stats.games)} games, {formatCount(stats.releases)} releases on {formatCount(stats.platforms)} platforms.
        </p>
      </section>
      {/* Picked by admins (/admin/catalog); the section is absent while none is featured. */}
      {featured.length > 0 ? (
        <section aria-labelledby="featured">
          <h2 id="featured" className="mb-4 text-lg font-semibold">
            Featured
          </h2>
          <GameGrid games={featured} />
        </section>
      ) : null}
      <section aria-labelledby="popular">
        <h2 id="popular" className="mb-4 text-lg font-semibold">
          Popular games
        </h2>
        <GameGrid games={popular} />
      </section>
      <section aria-labelledby="platforms">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="platforms" className="text-lg font-semibold">
            Browse by platform
          </h2>
          <IntentLink href="/platforms" className="text-sm text-brand-600 hover:underline dark:text-brand-100">
            All platforms →
          </IntentLink>
        </div>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
          {platforms.map((p) => (
            <li key={p.slug}>
              <IntentLink
                href={`/platforms/${p.slug}`}
                className="flex items-baseline justify-between rounded-lg border border-zinc-200 bg-white px-3 py-2 hover:border-brand-500 dark:border-zinc-800 dark:bg-zinc-900"
              >
                <span className="truncate font-medium">{p.name}</span>
                <span className="ml-2 shrink-0 text-xs text-zinc-500">{formatCount(p.game_count)}</span>
              </IntentLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
