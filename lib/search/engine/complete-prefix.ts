// Completions of the word being typed (the last of the query): the terms that start with it, or, when
// none does, the terms that start with a one-edit variant of it ("castlvan" → castlevania).
import type { SearchData } from "./build-search-data";

/** Completions kept; the most frequent win, because they are what people go on to type. */
const MAX_PREFIX_TERMS = 48;
const MAX_CACHED_PREFIXES = 4096;

/**
 * Terms that start with the text (not the text itself), the most frequent first when there are too many.
 * Selection keeps a small sorted array rather than sorting the whole range.
 *
 * @example completions(data, "castlev") // [<castlevania>, <castlevaniaii>, ...]
 */
export function completions(data: SearchData, text: string): number[] {
  // One- and two-letter prefixes span thousands of terms and recur on every keystroke: remember them.
  const cacheable = text.length <= 2;
  const cached = cacheable ? data.completionCache.get(text) : undefined;
  if (cached) return cached;
  const found = findCompletions(data, text);
  if (cacheable) {
    // Bounded even against floods of distinct two-character CJK queries.
    if (data.completionCache.size >= MAX_CACHED_PREFIXES) data.completionCache.clear();
    data.completionCache.set(text, found);
  }
  return found;
}

/** True when more terms start with the text than completions() returns. */
export function hasMoreCompletions(data: SearchData, text: string): boolean {
  const [from, to] = data.vocabulary.prefixRange(text);
  return to - from - (data.vocabulary.idOf(text) >= 0 ? 1 : 0) > MAX_PREFIX_TERMS;
}

function findCompletions(data: SearchData, text: string): number[] {
  const { vocabulary, postings } = data;
  const [from, to] = vocabulary.prefixRange(text);
  const itself = vocabulary.idOf(text);
  const terms: number[] = [];
  const dfs: number[] = [];
  for (let i = from; i < to; i++) {
    const term = vocabulary.alphabeticalAt(i);
    if (term === itself) continue;
    const df = postings.df(term);
    if (terms.length === MAX_PREFIX_TERMS && df <= (dfs[MAX_PREFIX_TERMS - 1] ?? 0)) continue;
    let at = Math.min(terms.length, MAX_PREFIX_TERMS - 1);
    while (at > 0 && (dfs[at - 1] ?? 0) < df) at--;
    terms.splice(at, 0, term);
    dfs.splice(at, 0, df);
    if (terms.length > MAX_PREFIX_TERMS) {
      terms.pop();
      dfs.pop();
    }
  }
  return terms;
}

const VARIANT_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Completions of the texts one edit away from text (deletion, transposition, substitution, insertion),
 * the most frequent first. Used only when text itself completes to nothing. Each variant keeps a head of
 * text, so it is searched inside the range of that head: a few hundred short binary searches.
 */
export function typoCompletions(data: SearchData, text: string): number[] {
  const { vocabulary, postings } = data;
  const heads: Array<[number, number]> = [vocabulary.prefixRange("")];
  for (let i = 1; i <= text.length; i++) heads.push(vocabulary.prefixRange(text.slice(0, i), heads[i - 1]));
  const found = new Set<number>();
  const complete = (variant: string, head: number) => {
    // Shorter than three letters, a variant completes to half the vocabulary: no longer a correction.
    const range = heads[head];
    if (variant.length < 3 || !range || range[0] === range[1]) return;
    const [from, to] = vocabulary.prefixRange(variant, range);
    for (let i = from; i < to && i < from + MAX_PREFIX_TERMS; i++) found.add(vocabulary.alphabeticalAt(i));
  };
  for (let i = 0; i < text.length; i++) {
    // No term starts with text[0, i): no variant keeping that head can complete (nor can later heads).
    const headRange = heads[i];
    if (!headRange || headRange[0] === headRange[1]) break;
    const head = text.slice(0, i);
    complete(head + text.slice(i + 1), i);
    if (i + 1 < text.length) complete(head + (text[i + 1] ?? "") + (text[i] ?? "") + text.slice(i + 2), i);
    for (const letter of VARIANT_LETTERS) {
      // Inserting after the last letter only extends text, which completes to nothing.
      if (letter !== text[i]) complete(head + letter + text.slice(i + 1), i);
      complete(head + letter + text.slice(i), i);
    }
  }
  return [...found].sort((a, b) => postings.df(b) - postings.df(a)).slice(0, MAX_PREFIX_TERMS);
}
