import { renderSitemapIndex } from "@/lib/seo/sitemaps";
import { siteUrl } from "@/lib/site";

// The index of the child sitemaps (app/sitemap.ts), served at /sitemap.xml too (next.config.ts rewrites), which
// robots.txt points at. Static, refreshed hourly
// like the children: it changes only when the catalog grows past another 50,000 games.
export const revalidate = 3600;

export function GET(): Response {
  return new Response(renderSitemapIndex(siteUrl()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
