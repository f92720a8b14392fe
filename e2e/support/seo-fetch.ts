// Small readers for the SEO specs: a PNG's size from its header, the <loc>s of a sitemap, tags of a page.
import { expect } from "@playwright/test";

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature and chunk type. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "PNG signature").toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1"), "first chunk").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The <loc> values of a sitemap or sitemap index, in order. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
}

/** The content of a <meta property|name="…"> in server-rendered HTML, or undefined. */
export function metaContent(html: string, key: string): string | undefined {
  const tag = [...html.matchAll(/<meta\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`"${key}"`));
  return tag ? /content="([^"]*)"/.exec(tag)?.[1]?.replace(/&amp;/g, "&") : undefined;
}

/** Fetches paths with a few requests in flight at a time; resolves to each path's status. */
export async function statusesOf(get: (path: string) => Promise<number>, paths: readonly string[], inFlight = 6) {
  const statuses = new Map<string, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < paths.length) {
        const path = paths[next++]!;
        statuses.set(path, await get(path));
      }
    }),
  );
  return statuses;
}
