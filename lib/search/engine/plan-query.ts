// Turns a query string into per-token alternatives ("expansions"), each a vocabulary term with a weight:
// what the user typed, its numeral alias, the compound it forms with its neighbours, completions of the
// last token and terms within a few typos. Every later stage only sees term ids and weights.
import { hasDigit, isNumeral, numberAliases, tokenize } from "../normalize";
import { ordinalWord } from "../number-words";
import type { SearchData } from "./build-search-data";
import { completions, hasMoreCompletions, typoCompletions } from "./complete-prefix";
import { assignFacets } from "./query-facets";
import type { Expansion, QueryPlan, QueryToken } from "./query-plan";
import { TermKind, type Vocabulary } from "./vocabulary";

export type { Expansion, QueryPlan, QueryToken } from "./query-plan";

/** Queries are cut here: longer input is pasted text, not a search, and must not cost more. */
const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TOKENS = 10;
/**
 * A word in more than this share of games ("the", "of", "no") adds score but is not required; in a small
 * catalog it must also be in more than OPTIONAL_MIN_DF games, or every word would look common.
 */
const OPTIONAL_DF_SHARE = 0.03;
const OPTIONAL_MIN_DF = 50;
/** Two-typo searches per query (each costs up to a millisecond): bounds the time of pasted garbage. */
const MAX_TWO_TYPO_SEARCHES = 1;

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);
/** "7th guest" matching "The Seventh Guest": as good as a numeral written the other way. */
const SPELLED_ORDINAL_WEIGHT = 0.9;

export const MatchWeight = {
  exact: 1,
  /** "sim city" matching "SimCity": slightly below the exact spelling, so "Sim City" still wins ties. */
  joined: 0.95,
  /** Completions: see prefixWeight(). */
  prefixBase: 0.55,
  prefixByCompleteness: 0.35,
  /** Factor on a completion reached through a one-edit variant of the typed text. */
  typoCompletion: 0.8,
  oneTypoLong: 0.72,
  oneTypoShort: 0.62,
  twoTypos: 0.5,
} as const;

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
  const alternatives = texts.map(() => new Map<number, Expansion>());
  const offer = (i: number, term: number, weight: number, typed = Number.MAX_SAFE_INTEGER) => {
    const options = alternatives[i];
    if (term < 0 || !options) return;
    if ((options.get(term)?.weight ?? 0) < weight) options.set(term, { term, weight, typed });
  };

  let twoTypoSearches = MAX_TWO_TYPO_SEARCHES;
  const last = texts.length - 1;
  texts.forEach((text, i) => {
    const exact = vocabulary.idOf(text);
    offer(i, exact, MatchWeight.exact);
    // Only to words of real titles: "10" of the guessed "mm 10" (Mega Man X) is no reading of "x".
    for (const alias of numberAliases(text)) offer(i, titleTerm(vocabulary, alias.token), alias.weight);
    // "7th" is typed as two tokens ("7", "th"): both may stand for a title's "Seventh".
    const ordinal = ORDINAL_SUFFIXES.has(texts[i + 1] ?? "") && /^\d+$/.test(text) ? ordinalWord(Number(text)) : null;
    if (ordinal) for (const k of [i, i + 1]) offer(k, vocabulary.idOf(ordinal), SPELLED_ORDINAL_WEIGHT);
    // Adjacent query tokens written as one title word: "sim city" → SimCity, "ms pac man" → Ms. Pacman.
    for (let span = 2; span <= 3 && i + span <= texts.length; span++) {
      const joined = vocabulary.idOf(texts.slice(i, i + span).join(""));
      for (let k = i; k < i + span; k++) offer(k, joined, MatchWeight.joined);
    }
    const fuzzy = allowedEdits(text.length) > 0 && !hasDigit(text);
    const corrections = fuzzy ? oneTypoCorrections(data, text) : [];
    for (const term of corrections) offer(i, term, typoWeight(1, text.length));

    let completed = false;
    if (i === last) {
      let found = completions(data, text);
      let factor: number = 1;
      // Typing with a typo ("castlvan"): nothing starts with the text and no whole word is one edit
      // away, so complete the text's one-edit variants instead.
      if (found.length === 0 && exact < 0 && fuzzy && corrections.length === 0) {
        found = typoCompletions(data, text);
        factor = MatchWeight.typoCompletion;
        completed = found.length > 0;
      }
      // "road r" must not complete to the "road" typed just before.
      const typedTerms = new Set(texts.slice(0, last).map((t) => vocabulary.idOf(t)));
      for (const term of found) {
        if (!typedTerms.has(term)) offer(i, term, factor * prefixWeight(text, vocabulary.termOf(term)), text.length);
      }
    }
    // Two typos: the last resort for a long word that exists nowhere, nothing one edit away and nothing
    // completing it. It costs ten times more and mostly finds other real words.
    if (fuzzy && allowedEdits(text.length) > 1 && exact < 0 && corrections.length === 0 && !completed && twoTypoSearches > 0) {
      twoTypoSearches--;
      for (const match of data.bigrams.findSimilar(text, 2)) offer(i, match.termId, typoWeight(match.distance, text.length));
    }
  });

  const docCount = Math.max(1, data.store.size);
  const tokens: QueryToken[] = texts.map((text, i) => {
    const expansions = [...(alternatives[i]?.values() ?? [])].sort(
      (a, b) => b.weight - a.weight || postings.df(b.term) - postings.df(a.term),
    );
    const exact = vocabulary.idOf(text);
    const reading = exact >= 0 ? exact : expansions[0]?.term;
    const tokenIdf = reading === undefined ? Math.log(1 + docCount) : (idf[reading] ?? 0);
    // Numbers are frequent but never noise: "final fantasy 3" must not be any Final Fantasy.
    const df = exact >= 0 ? postings.df(exact) : 0;
    const common = df > OPTIONAL_DF_SHARE * docCount && df > OPTIONAL_MIN_DF && !isNumeral(text);
    return { text, required: !common, idf: tokenIdf, expansions, verifyPrefix: false };
  });
  // A query made only of common words ("the 2") still has to match them.
  if (tokens.length > 0 && tokens.every((t) => !t.required)) for (const t of tokens) t.required = true;
  assignFacets(String(query), tokens, data.platforms);
  // A short word being typed ("cool s") completes to more terms than can be expanded: let the other words
  // choose the candidates, and check the prefix on their titles instead.
  const typing = tokens[last];
  if (typing?.required && tokens.some((t, i) => i !== last && t.required) && hasMoreCompletions(data, typing.text)) {
    typing.required = false;
    typing.verifyPrefix = true;
  }
  return { tokens };
}

/** The id of a term that some real title holds (not only an abbreviation), or -1. */
function titleTerm(vocabulary: Vocabulary, text: string): number {
  const id = vocabulary.idOf(text);
  return id >= 0 && ((vocabulary.kinds[id] ?? 0) & ~TermKind.alias) !== 0 ? id : -1;
}

/** Weight of a completion: "castlev" → castlevania 0.77, but "x" → xtreme only 0.61 (a guess, not a match). */
export function prefixWeight(typed: string, term: string): number {
  return MatchWeight.prefixBase + (MatchWeight.prefixByCompleteness * typed.length) / Math.max(1, term.length);
}

/**
 * Terms one edit away, including compounds ("megamna" → megaman), but not a compound that merely extends
 * or trims the typed word: "rockman" is one letter from "rockmanx" (Rockman X2), but that letter is a
 * whole other word.
 */
function oneTypoCorrections(data: SearchData, text: string): number[] {
  const { vocabulary } = data;
  return data.deletions.findOneEdit(text).filter((termId) => {
    if ((vocabulary.kinds[termId] ?? 0) & TermKind.token) return true;
    const term = vocabulary.termOf(termId);
    return !(term.startsWith(text) || term.endsWith(text) || text.startsWith(term) || text.endsWith(term));
  });
}
