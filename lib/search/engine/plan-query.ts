// Turns a query string into per-token alternatives ("expansions"), each a vocabulary term with a weight:
// what the user typed, its numeral alias, the compound it forms with its neighbours, completions of the
// last token and terms within a few typos. Every later stage only sees term ids and weights.
import { hasDigit, numeralAlias, tokenize } from "../normalize";
import type { FuzzyMatch } from "./bigram-index";
import type { SearchData } from "./build-search-data";

/** Queries are cut here: longer input is pasted text, not a search, and must not cost more. */
const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TOKENS = 10;
/** A token in more than this share of games ("the", "of", "2") adds score but is not required. */
const OPTIONAL_DF_SHARE = 0.03;
/** Completions kept for the last token; the most frequent win, because they are what people type. */
const MAX_PREFIX_TERMS = 48;

export const MatchWeight = {
  exact: 1,
  /** "sim city" matching "SimCity": slightly below the exact spelling, so "Sim City" still wins ties. */
  joined: 0.95,
  prefixBase: 0.7,
  prefixByCompleteness: 0.2,
  oneTypoLong: 0.72,
  oneTypoShort: 0.62,
  twoTypos: 0.5,
} as const;

export interface Expansion {
  term: number;
  weight: number;
}

export interface QueryToken {
  text: string;
  /** Candidates must match every required token (all but one when none do). */
  required: boolean;
  /** How much the token counts: the idf of its exact spelling, else of its best alternative. */
  idf: number;
  /** Best weight first; one entry per term. */
  expansions: Expansion[];
}

export interface QueryPlan {
  tokens: QueryToken[];
}

/** Edits tolerated in a token of this length: none in short words, where a typo is another word. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

function typoWeight(distance: number, length: number): number {
  if (distance >= 2) return MatchWeight.twoTypos;
  return length >= 6 ? MatchWeight.oneTypoLong : MatchWeight.oneTypoShort;
}

/**
 * Plans a query against the index data. Never throws: any string gives a plan, possibly without tokens.
 *
 * @example planQuery("chrono triger", data).tokens[1].expansions // [{ term: <trigger>, weight: 0.72 }, ...]
 */
export function planQuery(query: string, data: SearchData): QueryPlan {
  const { vocabulary, postings, idf } = data;
  const texts = [...new Set(tokenize(String(query).slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_QUERY_TOKENS);
  const alternatives = texts.map(() => new Map<number, number>());
  const offer = (i: number, term: number, weight: number) => {
    const options = alternatives[i];
    if (term < 0 || !options) return;
    if ((options.get(term) ?? 0) < weight) options.set(term, weight);
  };

  texts.forEach((text, i) => {
    offer(i, vocabulary.idOf(text), MatchWeight.exact);
    const alias = numeralAlias(text);
    if (alias) offer(i, vocabulary.idOf(alias.token), alias.weight);
    // Adjacent query tokens written as one title word: "sim city" → SimCity, "ms pac man" → Ms. Pacman.
    for (let span = 2; span <= 3 && i + span <= texts.length; span++) {
      const joined = vocabulary.idOf(texts.slice(i, i + span).join(""));
      for (let k = i; k < i + span; k++) offer(k, joined, MatchWeight.joined);
    }
    if (!hasDigit(text)) {
      for (const match of typoCorrections(data, text)) offer(i, match.termId, typoWeight(match.distance, text.length));
    }
  });

  const last = texts.length - 1;
  const lastText = texts[last];
  if (lastText !== undefined) {
    for (const term of completions(data, lastText)) {
      const completeness = lastText.length / Math.max(1, vocabulary.termOf(term).length);
      offer(last, term, MatchWeight.prefixBase + MatchWeight.prefixByCompleteness * completeness);
    }
  }

  const docCount = Math.max(1, data.store.size);
  const tokens: QueryToken[] = texts.map((text, i) => {
    const expansions = [...(alternatives[i] ?? [])]
      .map(([term, weight]) => ({ term, weight }))
      .sort((a, b) => b.weight - a.weight || postings.df(b.term) - postings.df(a.term));
    const exact = vocabulary.idOf(text);
    const reading = exact >= 0 ? exact : expansions[0]?.term;
    const tokenIdf = reading === undefined ? Math.log(1 + docCount) : (idf[reading] ?? 0);
    const common = exact >= 0 && postings.df(exact) > OPTIONAL_DF_SHARE * docCount;
    return { text, required: !common, idf: tokenIdf, expansions };
  });
  // A query made only of common words ("the 2") still has to match them.
  if (tokens.length > 0 && tokens.every((t) => !t.required)) for (const t of tokens) t.required = true;
  return { tokens };
}

/**
 * Terms one edit away; two edits only for long words that nothing one edit away matches. A word that
 * exists as typed gets one edit at most ("mortal combat" must still reach "kombat"). Two-edit search
 * costs ten times more and mostly finds other real words, so it is the last resort.
 */
function typoCorrections(data: SearchData, text: string): FuzzyMatch[] {
  const allowed = allowedEdits(text.length);
  if (allowed === 0) return [];
  const close = data.deletions.findOneEdit(text).map((termId) => ({ termId, distance: 1 }));
  if (close.length > 0 || allowed === 1 || data.vocabulary.idOf(text) >= 0) return close;
  return data.bigrams.findSimilar(text, 2);
}

/**
 * Terms that start with the text (not the text itself), the most frequent first when there are too many.
 * One-letter prefixes span tens of thousands of terms, so selection keeps a small sorted array rather than
 * sorting the range.
 */
function completions(data: SearchData, text: string): number[] {
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
