// Its own module, free of zod: the browser's instant search imports it, and schemas.ts would bring zod along.
import { fold } from "@/lib/text/fold";

/** trim, lowercase, fold accents, collapse spaces: the cache key's form of a query. */
export function normalizeQuery(q: string): string {
  return fold(q).replace(/\s+/g, " ").trim();
}
