import type { BreadcrumbList, Graph, Organization, Offer as SchemaOffer, VideoGame } from "schema-dts";

import type { GameDetail } from "@/lib/catalog/schemas";
import type { Offer } from "@/lib/store/pricing/offer";

import { describeGame } from "./describe-game";

// Typed with schema-dts (Google's schema.org vocabulary as TypeScript types): a property that VideoGame or
// Offer does not have, or a value of the wrong type, fails `tsc` instead of being ignored by crawlers.
// The catalog (MAME software lists, and the fields we keep from IGDB) has no genres, so `genre` is not set.

const organizations = (names: readonly string[]): Organization[] => names.map((name) => ({ "@type": "Organization", name }));

function schemaOffer(offer: Offer, url: string): SchemaOffer {
  return {
    "@type": "Offer",
    url,
    price: offer.price,
    priceCurrency: offer.currency,
    availability: "https://schema.org/InStock",
    // During a sale the price holds until the sale ends (a date, as schema.org's priceValidUntil is).
    ...(offer.sale_ends_at ? { priceValidUntil: offer.sale_ends_at.slice(0, 10) } : {}),
  };
}

/**
 * The JSON-LD of a game page: a `VideoGame` and the page's `BreadcrumbList` (Home › first platform › game) in one
 * `@graph`. `offer` is the store's current price in one currency, or null when the game is not for sale (or
 * the price is not known at this render: see components/seo/game-structured-data.tsx).
 */
export function buildGameStructuredData(game: GameDetail, { origin, offer }: { origin: string; offer: Offer | null }): Graph {
  const url = `${origin}/games/${game.slug}`;
  const videoGame: VideoGame = {
    "@type": "VideoGame",
    "@id": `${url}#game`,
    name: game.name,
    url,
    description: game.summary ?? describeGame(game),
    ...(game.cover_url ? { image: game.cover_url } : {}),
    ...(game.alternative_titles.length ? { alternateName: game.alternative_titles } : {}),
    gamePlatform: game.platforms.map((p) => p.name),
    ...(game.release_date ? { datePublished: game.release_date } : {}),
    ...(game.publishers.length ? { publisher: organizations(game.publishers) } : {}),
    ...(game.developers.length ? { author: organizations(game.developers) } : {}),
    ...(offer ? { offers: schemaOffer(offer, url) } : {}),
  };
  const platform = game.platforms[0];
  const trail = [
    { name: "Home", item: `${origin}/` },
    ...(platform ? [{ name: platform.name, item: `${origin}/platforms/${platform.slug}` }] : []),
    { name: game.name, item: url },
  ];
  const breadcrumbs: BreadcrumbList = {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, ...crumb })),
  };
  return { "@context": "https://schema.org", "@graph": [videoGame, breadcrumbs] };
}

/** JSON for a `<script type="application/ld+json">`: "<" escaped so that no title can close the element. */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
