import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { GameGrid } from "@/components/catalog/game-card";
import { GameCover } from "@/components/catalog/game-cover";
import { ReleaseTable } from "@/components/catalog/release-table";
import { LibraryButtons } from "@/components/library/lazy-library-buttons";
import { GameStructuredData } from "@/components/seo/game-structured-data";
import { LazyPriceHistory, LazyStorePanel } from "@/components/store/lazy-store-islands";
import { IntentLink } from "@/components/ui/intent-link";
import { getServedClientIdentity } from "@/lib/cache/rate-limit/get-client-identity";
import { findGameForPage } from "@/lib/catalog-sync/find-game-for-page";
import { getSimilarGames } from "@/lib/catalog/get-similar-games";
import { listPopularGameSlugs } from "@/lib/catalog/list-games";
import { getEnv } from "@/lib/env";
import { describeGame } from "@/lib/seo/describe-game";
import { formatReleaseDate } from "@/lib/utils";

// The most popular games are prerendered at build time; any other slug renders on first request and is
// then cached like them (ISR), refreshed at most hourly. Next requires this literal to be static.
export const revalidate = 3600;
export const dynamicParams = true;

export function generateStaticParams(): Array<{ slug: string }> {
  return listPopularGameSlugs(getEnv().STATIC_GAME_PAGES).map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

// A slug missing from the catalog is looked up on IGDB, counted against the client that asked (over its
// allowance: a 404 for now, lib/catalog-sync/find-game-for-page.ts). Not through headers(): this page is ISR, and
// reading headers at runtime would fail its render; the client comes from the connection
// (lib/http-server/track-connections.ts), and is undefined while `next build` prerenders.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const game = await findGameForPage((await params).slug, getServedClientIdentity());
  if (!game) return { title: "Game not found" };
  const description = describeGame(game);
  // The share image is ./opengraph-image.tsx, which Next adds to openGraph itself; X reads it through og:image.
  return {
    title: game.name,
    description,
    alternates: { canonical: `/games/${game.slug}` },
    openGraph: { title: game.name, description, type: "website", url: `/games/${game.slug}`, siteName: "Questlog" },
    twitter: { card: "summary_large_image", title: game.name, description },
  };
}

export default async function GamePage({ params }: Props) {
  const game = await findGameForPage((await params).slug, getServedClientIdentity());
  if (!game) notFound();
  const similar = getSimilarGames(game);

  return (
    <article>
      <GameStructuredData game={game} />
      <div className="grid gap-6 sm:grid-cols-[200px_1fr]">
        <div className="mx-auto w-40 sm:w-full">
          <GameCover name={game.name} coverUrl={game.cover_url} />
        </div>
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{game.name}</h1>
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">
            {formatReleaseDate(game.release_date)}
            {game.publisher ? <> · {game.publisher}</> : null}
          </p>
          {/* Price and Add to cart are this visitor's: a client island loaded after the page, never baked into it. */}
          <div className="mt-4">
            <LazyStorePanel gameId={game.id} />
          </div>
          <div className="mt-4 flex flex-wrap items-start gap-3">
            <LibraryButtons gameId={game.id} slug={game.slug} />
          </div>
          <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Platforms</dt>
            <dd className="flex flex-wrap gap-1">
              {game.platforms.map((p) => (
                <IntentLink
                  key={p.slug}
                  href={`/platforms/${p.slug}`}
                  className="rounded bg-zinc-200 px-2 py-0.5 hover:bg-zinc-300 dark:bg-zinc-800 dark:hover:bg-zinc-700"
                >
                  {p.name}
                </IntentLink>
              ))}
            </dd>
            {game.publishers.length > 0 ? (
              <>
                <dt className="font-semibold">Publishers</dt>
                <dd>{game.publishers.join(", ")}</dd>
              </>
            ) : null}
            {game.developers.length > 0 ? (
              <>
                <dt className="font-semibold">Developers</dt>
                <dd>{game.developers.join(", ")}</dd>
              </>
            ) : null}
            {game.alternative_titles.length > 0 ? (
              <>
                <dt className="font-semibold">Also known as</dt>
                <dd>
                  <ul data-testid="alternative-titles" className="space-y-0.5">
                    {game.alternative_titles.map((t) => (
                      <li key={t} lang={/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(t) ? "ja" : undefined}>
                        {t}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
          {/* Below the facts, not above: most games have no history, and an island that appears or vanishes up
              there moved the whole page (CLS). Fetched by the browser after the page, in the visitor's currency. */}
          <div className="mt-6 max-w-xl empty:hidden">
            <LazyPriceHistory gameId={game.id} gameName={game.name} />
          </div>
        </div>
      </div>

      <section aria-labelledby="releases" className="mt-10">
        <h2 id="releases" className="mb-3 text-lg font-semibold">
          Releases by platform and region
        </h2>
        <ReleaseTable releases={game.releases} />
      </section>

      {similar.length > 0 ? (
        <section aria-labelledby="similar" className="mt-10">
          <h2 id="similar" className="mb-3 text-lg font-semibold">
            Similar games
          </h2>
          <GameGrid games={similar} />
        </section>
      ) : null}
    </article>
  );
}
