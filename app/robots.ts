import type { MetadataRoute } from "next";

import { siteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/search"] }],
    host: siteUrl(),
    // The index of every child sitemap (app/sitemap-index.xml/route.ts, rewritten from /sitemap.xml).
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
