import "server-only";

import { countGameSitemaps, listGameSitemapEntries, listPageSitemapEntries, type SitemapEntry } from "@/lib/catalog/list-sitemap-entries";

// Child sitemap ids: 0 lists the pages that are not games (home, platforms, deals), small enough to crawl whole;
// 1…n list the games, SITEMAP_MAX_URLS each. Numbers, so that "out of range" has one meaning.
const PAGES_SITEMAP = 0;

/** The ids of every child sitemap, pages first, as `generateSitemaps` and the index list them. */
export function listSitemapIds(): number[] {
  return [PAGES_SITEMAP, ...Array.from({ length: countGameSitemaps() }, (_, i) => i + 1)];
}

/** The entries of one child sitemap; an unknown id (not a number, or past the last child) lists nothing. */
export function listSitemapEntries(id: string | number): SitemapEntry[] {
  const child = typeof id === "number" ? id : /^\d{1,6}$/.test(id) ? Number(id) : -1;
  if (child === PAGES_SITEMAP) return listPageSitemapEntries();
  return child > 0 ? listGameSitemapEntries(child - 1) : [];
}

/** Where Next serves child sitemap `id` (app/sitemap.ts with generateSitemaps). */
export function childSitemapPath(id: number): string {
  return `/sitemap/${id}.xml`;
}

/**
 * The sitemap index (sitemaps.org protocol) naming every child: Next serves the children of `generateSitemaps`
 * but no index for them, and robots.txt and search consoles take one URL.
 */
export function renderSitemapIndex(origin: string, ids: readonly number[] = listSitemapIds()): string {
  const entries = ids.map((id) => `<sitemap><loc>${origin}${childSitemapPath(id)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}
