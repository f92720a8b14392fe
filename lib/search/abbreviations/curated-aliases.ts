// The curated short names of curated-aliases.json, keyed the way the index reads titles (tokenized and
// joined), so a title matches whatever its punctuation or accents.
import { tokenize } from "../normalize";
import curated from "./curated-aliases.json";

export interface CuratedAlias {
  alias: string;
  /** The title as the catalog writes it (display name or alternative title). */
  title: string;
  /** Where the short name is documented. */
  source: string;
}

/** The curated list as shipped. */
export const CURATED_ALIASES: readonly CuratedAlias[] = curated.aliases;

/** A title's key: its tokens joined by spaces ("Street Fighter II': …" → "street fighter ii special …"). */
export const titleKey = (title: string): string => tokenize(title).join(" ");

/** title key → the token lists of its aliases. */
export function curatedAliasesByTitle(aliases: readonly CuratedAlias[] = CURATED_ALIASES): Map<string, string[][]> {
  const byTitle = new Map<string, string[][]>();
  for (const { alias, title } of aliases) {
    const key = titleKey(title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), tokenize(alias)]);
  }
  return byTitle;
}
