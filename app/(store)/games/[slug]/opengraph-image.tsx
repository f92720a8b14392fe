import { ImageResponse } from "next/og";

import { GameShareImage, type GameShareImageProps } from "@/components/seo/game-share-image";
import { errorResponse, handleApiError } from "@/lib/api/errors";
import { getServedClientIdentity } from "@/lib/cache/rate-limit/get-client-identity";
import { findGameBySlug } from "@/lib/catalog-sync/find-game";
import { fetchCoverImage } from "@/lib/seo/fetch-cover-image";

// The game's share image (og:image, and X's summary_large_image card through it), added to the page's
// metadata by Next. next/og (satori + resvg, shipped with Next) draws it: no browser, no native module.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The game's cover, title, year and platforms on Questlog";

// Rendered on request and cached by the CDN or browser in front, not by Next: ISR would keep a PNG per game
// on this server's disk (tens of thousands), for images that crawlers fetch once per share. A week at the
// edge, served stale for another while it refreshes; an hour in browsers, so an admin's new cover shows soon.
const CACHE_CONTROL = "public, max-age=3600, s-maxage=604800, stale-while-revalidate=604800";
// Catalog slugs are lower-case letters (Greek ones too), digits and dashes: anything else is no game, and is
// answered without asking IGDB for it.
const SLUG = /^[\p{Ll}\p{N}-]{1,200}$/u;

async function renderPng(props: GameShareImageProps): Promise<ArrayBuffer> {
  return new ImageResponse(<GameShareImage {...props} />, size).arrayBuffer();
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    const { slug } = await params;
    const game = SLUG.test(slug) ? await findGameBySlug(slug, getServedClientIdentity()) : null;
    if (!game) return errorResponse("not_found", "No such game.");
    const props: GameShareImageProps = {
      name: game.name,
      year: game.release_year,
      platforms: game.platforms.map((p) => p.name),
      cover: game.cover_url ? await fetchCoverImage(game.cover_url) : null,
    };
    let png: ArrayBuffer;
    try {
      png = await renderPng(props);
    } catch {
      // A glyph next/og cannot draw offline (an emoji's artwork is fetched from a CDN): draw the ASCII of it.
      const ascii = (text: string) => text.replace(/[^\x20-\x7e]/g, "").trim() || "Untitled";
      png = await renderPng({ ...props, name: ascii(props.name), platforms: props.platforms.map(ascii) });
    }
    return new Response(png, { headers: { "Content-Type": contentType, "Cache-Control": CACHE_CONTROL } });
  } catch (error) {
    return handleApiError(error);
  }
}
