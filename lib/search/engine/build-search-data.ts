// Turns documents into the engine's structures in two passes: collect every term (tokens and compounds)
// so ids can be assigned by length, then write titles as term ids and invert them into posting lists.
import type { SearchDocument } from "@/lib/catalog/search-document";

import { curatedAliasesByTitle } from "../abbreviations/curated-aliases";
import { hasDigit, isNumeral, tokenize } from "../normalize";
import { PlatformAliases, type CatalogPlatform } from "../platforms/platform-aliases";
import { aliasTitles } from "./alias-titles";
import { BigramIndex } from "./bigram-index";
import { buildDocumentStore } from "./build-document-store";
import { DeletionIndex } from "./deletion-index";
import type { DocumentStore } from "./document-store";
import { PostingLists } from "./posting-lists";
import { TermCollector } from "./term-collector";
import { isAliasKind, TitleKind } from "./title-kind";
import { TermKind, Vocabulary } from "./vocabulary";

/** Tokens past this in one title are ignored: nobody types them, and they would slow re-ranking. */
const MAX_TITLE_TOKENS = 32;
const MAX_TERM_LENGTH = 64;
/** The idf of a word in about one game in 400. */
const NUMERAL_MIN_IDF = 6;

export interface SearchData {
  vocabulary: Vocabulary;
  postings: PostingLists;
  /** One-typo lookup over words and two-word compounds. */
  deletions: DeletionIndex;
  /** Two-typo lookup over long words. */
  bigrams: BigramIndex;
  store: DocumentStore;
  /** Completions of one- and two-letter prefixes, filled on first use (bounded by the alphabet). */
  completionCache: Map<string, number[]>;
  /** ln(1 + N / df) per term: rare words decide a match, "the" and "of" hardly count. */
  idf: Float32Array;
  /** Platform words of queries ("snes", "game boy"), from the catalog's platforms. */
  platforms: PlatformAliases;
}

export interface BuildOptions {
  /** The catalog's platforms, for platform words in queries; without them such words are title words only. */
  platforms?: readonly CatalogPlatform[];
  /** Index abbreviations (derived and curated); on by default, off only to measure what they cost. */
  abbreviations?: boolean;
}

/** Slots a title of m tokens takes in the title layout (tokens, pairs, triples). */
function layoutSize(m: number): number {
  return m + Math.max(0, m - 1) + Math.max(0, m - 2);
}

/** Builds every structure the engine queries from the catalog's documents. */
export function buildSearchData(documents: Iterable<SearchDocument>, options: BuildOptions = {}): SearchData {
  const abbreviations = options.abbreviations ?? true;
  const platforms = options.platforms ? PlatformAliases.build(options.platforms) : PlatformAliases.empty;
  // Pass 1 interns terms and writes titles as collection indexes; pass 2 renumbers them to the
  // vocabulary's length-ordered ids and inverts them into posting lists.
  const collector = new TermCollector();
  const docs: SearchDocument[] = [];
  const titlesPerDoc: number[] = [];
  const titleKinds: number[] = [];
  const curated = curatedAliasesByTitle();
  const curatedFirstWords = new Set([...curated.keys()].map((key) => key.split(" ")[0] ?? ""));
  for (const doc of documents) {
    collector.startDocument();
    let titleCount = 0;
    const titleTokens = doc.titles.map((title) => tokenize(String(title)));
    titleTokens.forEach((tokens, i) => {
      if (!collector.addTitle(tokens.slice(0, MAX_TITLE_TOKENS))) return;
      titleCount++;
      titleKinds.push(i === 0 ? TitleKind.display : TitleKind.alternative);
    });
    // Abbreviations only for games with a title: after the real ones, so a duplicate of a real title is dropped.
    if (titleCount > 0 && abbreviations) {
      for (const alias of aliasTitles(doc, titleTokens, curated, curatedFirstWords, platforms)) {
        if (!collector.addTitle(alias.tokens, true)) continue;
        titleCount++;
        titleKinds.push(alias.kind);
      }
    }
    docs.push(doc);
    titlesPerDoc.push(titleCount);
  }

  const { table, kinds, titleLengths } = collector;
  const { vocabulary, finalId } = Vocabulary.build(table, kinds, MAX_TERM_LENGTH);
  const slotCount = collector.slotCount;
  const titleTerms = collector.slots.slice(0, slotCount);
  for (let i = 0; i < slotCount; i++) titleTerms[i] = finalId[titleTerms[i] ?? 0] ?? 0;

  const docTitleStart = new Int32Array(docs.length + 1);
  const titleStart = new Int32Array(titleLengths.length + 1);
  const titleLength = Uint16Array.from(titleLengths);
  const shortestTitle = new Uint16Array(docs.length);
  const docTermStart = new Int32Array(docs.length + 1);
  const docTerms = new Int32Array(slotCount);
  const lastDocOfTerm = new Int32Array(vocabulary.size).fill(-1);
  let title = 0;
  let slot = 0;
  let docTermCount = 0;
  for (let d = 0; d < docs.length; d++) {
    docTitleStart[d] = title;
    let shortest = MAX_TITLE_TOKENS;
    const titleEnd = title + (titlesPerDoc[d] ?? 0);
    for (; title < titleEnd; title++) {
      const m = titleLength[title] ?? 0;
      titleStart[title] = slot;
      if (!isAliasKind(titleKinds[title] ?? 0)) shortest = Math.min(shortest, m);
      const end = slot + layoutSize(m);
      for (let i = slot; i < end; i++) {
        const term = titleTerms[i] ?? 0;
        if (lastDocOfTerm[term] === d) continue;
        lastDocOfTerm[term] = d;
        docTerms[docTermCount++] = term;
      }
      slot = end;
    }
    shortestTitle[d] = shortest;
    docTermStart[d + 1] = docTermCount;
  }
  docTitleStart[docs.length] = title;
  titleStart[title] = slot;

  const postings = PostingLists.build(vocabulary.size, docTermStart, docTerms.subarray(0, docTermCount));
  const idf = new Float32Array(vocabulary.size);
  for (let t = 0; t < vocabulary.size; t++) {
    const value = Math.log(1 + docs.length / Math.max(1, postings.df(t)));
    // "2" and "ii" are in thousands of titles, yet a sequel number is what tells "Tetris" from
    // "Tetris 2": numerals weigh at least as much as a fairly rare word.
    const numeral = ((vocabulary.kinds[t] ?? 0) & TermKind.token) !== 0 && isNumeral(vocabulary.termOf(t));
    idf[t] = numeral ? Math.max(value, NUMERAL_MIN_IDF) : value;
  }
  // One-typo matching covers words and two-word compounds ("megamna" → "megaman"); numbers are left out,
  // "1943" is not a typo of "1942". Two typos are searched only among long plain words (see plan-query).
  const fuzzy = new Uint8Array(vocabulary.size);
  for (let t = 0; t < vocabulary.size; t++) {
    if (((vocabulary.kinds[t] ?? 0) & (TermKind.token | TermKind.pair)) === 0) continue;
    const term = vocabulary.termOf(t);
    fuzzy[t] = term.length >= 3 && !hasDigit(term) ? 1 : 0;
  }
  const deletions = DeletionIndex.build(vocabulary, (t) => fuzzy[t] === 1);
  const bigrams = BigramIndex.build(vocabulary, (t) => {
    return fuzzy[t] === 1 && ((vocabulary.kinds[t] ?? 0) & TermKind.token) !== 0 && vocabulary.termOf(t).length >= 6;
  });
  const titleKind = Uint8Array.from(titleKinds);
  const store = buildDocumentStore(docs, { docTitleStart, titleStart, titleLength, titleTerms, titleKind, shortestTitle });
  return { vocabulary, postings, deletions, bigrams, idf, store, completionCache: new Map(), platforms };
}
