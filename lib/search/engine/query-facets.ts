// Platform and year words of a query. "metroid nes" means Metroid on the NES, not a title holding "nes";
// "mario 1990" means a Mario game of 1990. Such words become facets: they no longer choose candidates
// (the other words do) but count for the games released on that platform or in that year, as a partial
// match. They stay title words too, so "Game Boy Camera" and "FIFA 98" still match as written, and a
// title match counts more than a facet match. A query made only of such words is read as title words.
import type { PlatformAliases } from "../platforms/platform-aliases";
import type { DocumentStore } from "./document-store";
import type { Facet, QueryPlan, QueryToken } from "./query-plan";

export type { Facet } from "./query-plan";

/** Share of a word's weight a game earns by its release platform: less than a title holding the word. */
export const PLATFORM_FACET_WEIGHT = 0.9;
/** A year says less than a platform: a sequel often comes out the year its predecessor's number names. */
export const YEAR_FACET_WEIGHT = 0.6;
const FIRST_YEAR = 1950;
const LAST_YEAR = 2049;
/** "'98" as typed (the tokenizer drops the apostrophe, so it is read from the raw query). */
const SHORT_YEAR = /['’‘`](\d{2})(?!\d)/g;

/** "'98" → 1998, "'05" → 2005: the century nearest the catalog's games. */
function fullYear(twoDigits: string): number {
  const n = Number(twoDigits);
  return n >= 50 ? 1900 + n : 2000 + n;
}

/**
 * Marks the tokens of plan that name a platform or a year with their facet and makes them optional,
 * unless nothing else would then be required. Tokens are the planned query tokens, in query order.
 */
export function assignFacets(query: string, tokens: QueryToken[], platforms: PlatformAliases): void {
  const texts = tokens.map((t) => t.text);
  const facets = new Map<number, Facet>();
  for (const mention of platforms.find(texts)) {
    for (let k = mention.start; k < mention.start + mention.length; k++) {
      facets.set(k, { platformIds: mention.platformIds, weight: PLATFORM_FACET_WEIGHT });
    }
  }
  const shortYears = new Set([...query.matchAll(SHORT_YEAR)].map((m) => m[1] ?? ""));
  texts.forEach((text, i) => {
    if (facets.has(i)) return;
    const year = shortYears.has(text) ? fullYear(text) : /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (year >= FIRST_YEAR && year <= LAST_YEAR) facets.set(i, { year, weight: YEAR_FACET_WEIGHT });
  });
  if (facets.size === 0) return;
  // "game boy" or "1942" alone: title words, as before.
  if (!tokens.some((t, i) => t.required && !facets.has(i))) return;
  for (const [i, facet] of facets) {
    const token = tokens[i];
    if (!token) continue;
    token.facet = facet;
    token.required = false;
  }
}

/** True when the document was released on the facet's platform or in its year. */
export function facetHolds(store: DocumentStore, doc: number, facet: Facet): boolean {
  if (facet.platformIds) return store.onAnyPlatform(doc, facet.platformIds);
  return facet.year !== undefined && store.releasedIn(doc, facet.year);
}

/**
 * What the facets of plan add to a document's token score (weight × idf, as a matched token does):
 * only for facet words its titles do not hold (bit unset in tokenMask), which already scored.
 */
export function facetScore(plan: QueryPlan, store: DocumentStore, doc: number, tokenMask: number): number {
  let score = 0;
  plan.tokens.forEach((token, i) => {
    if (token.facet && (tokenMask & (1 << i)) === 0 && facetHolds(store, doc, token.facet)) score += token.facet.weight * token.idf;
  });
  return score;
}
