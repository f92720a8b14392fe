// The abbreviation titles indexed for one game: the curated short names of its titles, then the initials
// derived from each title (display name first), deduplicated and capped. It runs for every title of the
// catalog at build time, so it compares token lists instead of building keys.
import type { SearchDocument } from "@/lib/catalog/search-document";

import { deriveAbbreviations } from "../abbreviations/derive-abbreviations";
import type { PlatformAliases } from "../platforms/platform-aliases";
import { TitleKind } from "./title-kind";

/** Alternative titles are many for some games (regional names): past this, abbreviations add only weight. */
const MAX_ALIAS_TITLES = 12;

export interface AliasTitle {
  tokens: string[];
  kind: number;
}

const sameTokens = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * The alias titles of a document whose titles tokenize to titleTokens (same order); curated maps title
 * keys (tokens joined by spaces) to alias token lists (curatedAliasesByTitle), and curatedFirstWords
 * holds the first token of each of those titles, to skip building keys for every other title. Derived
 * abbreviations that are platform words are left out.
 */
export function aliasTitles(
  doc: SearchDocument,
  titleTokens: ReadonlyArray<readonly string[]>,
  curated: ReadonlyMap<string, string[][]>,
  curatedFirstWords: ReadonlySet<string>,
  platforms: PlatformAliases,
): AliasTitle[] {
  const found: AliasTitle[] = [];
  const add = (tokens: string[], kind: number) => {
    if (found.length < MAX_ALIAS_TITLES && !found.some((f) => sameTokens(f.tokens, tokens))) found.push({ tokens, kind });
  };
  for (const tokens of titleTokens) {
    if (!curatedFirstWords.has(tokens[0] ?? "")) continue;
    for (const alias of curated.get(tokens.join(" ")) ?? []) add(alias, TitleKind.curated);
  }
  for (let i = 0; i < doc.titles.length; i++) {
    for (const { tokens, ambiguous, partial } of deriveAbbreviations(String(doc.titles[i]), titleTokens[i])) {
      // "The NeverEnding Story" is no "nes": letters that name a platform are read as the platform.
      if (platforms.isPhrase(tokens)) continue;
      add(tokens, ambiguous ? TitleKind.guessedAbbreviation : partial ? TitleKind.partAbbreviation : TitleKind.abbreviation);
    }
  }
  return found;
}
