// Per-document arrays of the index: popularity, filter values and the precomputed orders behind the
// popularity, release date and name sorts. Orders come from radix passes, not comparator sorts, so the
// three of them cost a few milliseconds for 70k games.
import type { SearchDocument } from "@/lib/catalog/search-document";

import { foldText } from "../normalize";
import { DocumentStore, packLists } from "./document-store";
import { codeUnitOrder, radixOrder } from "./radix-order";

export interface TitleArrays {
  docTitleStart: Int32Array;
  titleStart: Int32Array;
  titleLength: Uint16Array;
  titleTerms: Int32Array;
  /** TitleKind of each title. */
  titleKind: Uint8Array;
  shortestTitle: Uint16Array;
}

/** Each document's position in an order of document indexes. */
function ranksOf(order: Int32Array): Int32Array {
  const ranks = new Int32Array(order.length);
  order.forEach((doc, rank) => (ranks[doc] = rank));
  return ranks;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" as YYYYMMDD (missing parts 0), or -1 when absent or unreadable. */
export function dateNumber(date: string | null): number {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? "");
  if (!match) return -1;
  return Number(match[1]) * 10000 + Number(match[2] ?? 0) * 100 + Number(match[3] ?? 0);
}

/** Builds the document store from the documents and their titles written as term ids. */
export function buildDocumentStore(docs: SearchDocument[], titles: TitleArrays): DocumentStore {
  const n = docs.length;
  const popularity = Float32Array.from(docs, (d) => Math.min(100, Math.max(0, Number(d.popularity) || 0)) / 100);
  const nameRank = ranksOf(codeUnitOrder(docs.map((d) => foldText(d.sortName || d.titles[0] || ""))));
  // Ties in popularity and date fall back to name order: two trailing 16-bit digits of nameRank.
  const nameDigit = (i: number, digit: number) => ((nameRank[i] ?? 0) >>> (digit === 0 ? 16 : 0)) & 0xffff;
  const popularityRank = ranksOf(
    radixOrder(n, 3, (i, digit) => (digit === 0 ? 65535 - Math.round((popularity[i] ?? 0) * 65535) : nameDigit(i, digit - 1))),
  );
  // Newest first, undated last: the key is "distance below the largest date", undated beyond all of them.
  const dates = Int32Array.from(docs, (d) => dateNumber(d.firstReleaseDate));
  const dateKey = (i: number) => ((dates[i] ?? -1) < 0 ? 0x7ffffff : 99999999 - (dates[i] ?? 0));
  const releaseRank = ranksOf(
    radixOrder(n, 4, (i, digit) => (digit < 2 ? (dateKey(i) >>> (digit === 0 ? 16 : 0)) & 0xffff : nameDigit(i, digit - 2))),
  );
  const platforms = packLists(
    docs.map((d) => d.platformIds),
    (len) => new Int32Array(len),
  );
  const years = packLists(
    docs.map((d) => d.years),
    (len) => new Int16Array(len),
  );
  return new DocumentStore(
    Float64Array.from(docs, (d) => d.id),
    popularity,
    titles.docTitleStart,
    titles.titleStart,
    titles.titleLength,
    titles.titleTerms,
    titles.titleKind,
    titles.shortestTitle,
    platforms.start,
    platforms.values,
    years.start,
    years.values,
    popularityRank,
    releaseRank,
    nameRank,
  );
}
