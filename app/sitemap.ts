import type { MetadataRoute } from "next";

import { listSitemapEntries, listSitemapIds } from "@/lib/seo/sitemaps";
import { siteUrl } from "@/lib/site";

// Child sitemaps at /sitemap/{id}.xml; /sitemap.xml (app/sitemap-index.xml/route.ts) is their index. Built at
// `next build` and regenerated at most hourly (ISR), like the game pages they list; an id that
// generateSitemaps does not return is a 404 from Next before this module is asked.
export const revalidate = 3600;

export function generateSitemaps(): Array<{ id: number }> {
  return listSitemapIds().map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  return listSitemapEntries(await id).map((entry) => ({ url: `${origin}${entry.path}`, lastModified: entry.lastModified }));
}
