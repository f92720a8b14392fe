// Document-side completion check for a short word being typed ("the blues b"): too many terms start with
// "b" to expand them all, but the few candidates chosen by the other words can simply be read.
import type { SearchData } from "./build-search-data";
import { isAliasKind } from "./title-kind";

/**
 * A word of one of the document's titles that starts with prefix and is longer than it, the shortest
 * such word; -1 when there is none. A word in `typed` (the query's other words) counts only when the
 * title has it twice: in "road r" the "Road" of "Road Toad" is taken already, but in
 * "the simpsons bart vs t" the second "the" of "…Bart vs. the Space Mutants" is the one being typed.
 *
 * @example findPrefixedTerm(data, doc, "b", new Set(["the", "blues"])) // <brothers> for "The Blues Brothers"
 */
export function findPrefixedTerm(data: SearchData, doc: number, prefix: string, typed: ReadonlySet<string>): number {
  const { store, vocabulary } = data;
  let best = -1;
  let bestRank = Number.MAX_SAFE_INTEGER;
  const end = store.docTitleStart[doc + 1] ?? 0;
  for (let title = store.docTitleStart[doc] ?? 0; title < end; title++) {
    // "smw" is no title word: "super mario w" must not count as typed through it.
    if (isAliasKind(store.titleKind[title] ?? 0)) continue;
    const start = store.titleStart[title] ?? 0;
    const m = store.titleLength[title] ?? 0;
    for (let i = start; i < start + m; i++) {
      const term = store.titleTerms[i] ?? 0;
      const text = vocabulary.termOf(term);
      if (text.length <= prefix.length || !text.startsWith(prefix)) continue;
      if (typed.has(text) && !occursTwice(store.titleTerms, start, m, term)) continue;
      const rank = text.length + (typed.has(text) ? 1000 : 0);
      if (rank < bestRank) {
        best = term;
        bestRank = rank;
      }
    }
  }
  return best;
}

function occursTwice(terms: Int32Array, start: number, m: number, term: number): boolean {
  let seen = 0;
  for (let i = start; i < start + m; i++) if (terms[i] === term && ++seen === 2) return true;
  return false;
}
