import type { GameDetail } from "@/lib/catalog/schemas";
import { buildGameStructuredData, serializeJsonLd } from "@/lib/seo/game-structured-data";
import { readStructuredDataOffer } from "@/lib/seo/read-structured-data-offer";
import { siteUrl } from "@/lib/site";

/**
 * The game page's JSON-LD (VideoGame, BreadcrumbList, and the store's Offer when the game is for sale). A server
 * component: it is part of the prerendered or ISR HTML, so crawlers read it without running any script.
 */
export async function GameStructuredData({ game }: { game: GameDetail }) {
  const offer = await readStructuredDataOffer(game.id);
  const data = buildGameStructuredData(game, { origin: siteUrl(), offer });
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
