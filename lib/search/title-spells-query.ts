// Whether the local answer is literal: a title holding every query word as written. A fuzzy match
// ("Crazy Chase" for "crazy chaser") is a fine answer to a typo, but the exact title may exist upstream
// only, so the search leg asks IGDB too (once: misses are remembered) instead of settling for it. A
// title's abbreviations count as written ("smw" is Super Mario World, not a near miss of something else).
import { curatedAliasesByTitle } from "./abbreviations/curated-aliases";
import { deriveAbbreviations } from "./abbreviations/derive-abbreviations";
import { numberAliases, tokenize } from "./normalize";

let curated: Map<string, string[][]> | null = null;

/** Adds the tokens and the adjacent pairs joined ("mega man" also reads "megaman", "ff 6" reads "ff6"). */
function addWords(words: Set<string>, tokens: readonly string[]): void {
  for (const token of tokens) words.add(token);
  for (let i = 0; i + 1 < tokens.length; i++) words.add(tokens[i]! + tokens[i + 1]!);
}

/** Title words and those of its abbreviations, derived and curated. */
function titleWords(title: string): Set<string> {
  const tokens = tokenize(title);
  const words = new Set<string>();
  addWords(words, tokens);
  for (const abbreviation of deriveAbbreviations(title, tokens)) addWords(words, abbreviation.tokens);
  curated ??= curatedAliasesByTitle();
  for (const alias of curated.get(tokens.join(" ")) ?? []) addWords(words, alias);
  return words;
}

function holds(words: Set<string>, token: string, typing: boolean): boolean {
  if (words.has(token)) return true;
  if (numberAliases(token).some((alias) => words.has(alias.token))) return true;
  if (!typing) return false;
  for (const word of words) if (word.startsWith(token)) return true;
  return false;
}

/** True when one of the titles holds every query word (the last may be a prefix: it may still be typed). */
export function titlesSpellQuery(query: string, titles: readonly string[]): boolean {
  const tokens = tokenize(query);
  if (tokens.length === 0) return false;
  return titles.some((title) => {
    const words = titleWords(title);
    return tokens.every((token, i) => holds(words, token, i === tokens.length - 1));
  });
}
