// Two-typo lookup (one typo is the DeletionIndex's job): finds vocabulary terms within k edits of a query
// token without comparing it to every term. An edit destroys at most three of a word's bigrams (a
// transposition), so a term within k edits shares at least (unique bigrams − 3k) of them; candidates
// passing that count are verified with OSA distance.
import { osaDistance } from "./osa-distance";
import { uint32Order } from "./radix-order";
import type { Vocabulary } from "./vocabulary";

const START = 1;
const EMPTY = new Int32Array(0);
const END = 2;

function bigramKeys(term: string): number[] {
  const keys = new Set<number>();
  let previous = START;
  for (let i = 0; i <= term.length; i++) {
    const code = i < term.length ? term.charCodeAt(i) : END;
    keys.add(previous * 65536 + code);
    previous = code;
  }
  return [...keys];
}

/** Lower bound of a sorted typed array slice. */
function lowerBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface FuzzyMatch {
  termId: number;
  distance: number;
}

export class BigramIndex {
  private readonly counts: Uint8Array;
  private readonly touched: Int32Array;

  private constructor(
    private readonly vocabulary: Vocabulary,
    private readonly lists: Map<number, Int32Array>,
  ) {
    this.counts = new Uint8Array(vocabulary.size);
    this.touched = new Int32Array(vocabulary.size);
  }

  /** Indexes the terms for which include(id) holds. Ids ascend by term length, so each list is length-sorted. */
  static build(vocabulary: Vocabulary, include: (termId: number) => boolean): BigramIndex {
    let capacity = 0;
    for (let id = 0; id < vocabulary.size; id++) if (include(id)) capacity += vocabulary.termOf(id).length + 1;
    // Flat (bigram, term) pairs, radix-sorted by bigram; the sort is stable, so ids stay ascending per bigram.
    const keys = new Uint32Array(capacity);
    const ids = new Int32Array(capacity);
    let count = 0;
    for (let id = 0; id < vocabulary.size; id++) {
      if (!include(id)) continue;
      const term = vocabulary.termOf(id);
      const first = count;
      let previous = START;
      for (let i = 0; i <= term.length; i++) {
        const code = i < term.length ? term.charCodeAt(i) : END;
        const key = ((previous << 16) | code) >>> 0;
        previous = code;
        let repeated = false;
        for (let k = first; k < count && !repeated; k++) repeated = keys[k] === key;
        if (repeated) continue;
        keys[count] = key;
        ids[count++] = id;
      }
    }
    const order = uint32Order(keys, count);
    const sortedIds = new Int32Array(count);
    const lists = new Map<number, Int32Array>();
    let runStart = 0;
    for (let k = 0; k < count; k++) {
      const entry = order[k] ?? 0;
      sortedIds[k] = ids[entry] ?? 0;
      const key = keys[entry] ?? 0;
      if (k + 1 === count || keys[order[k + 1] ?? 0] !== key) {
        lists.set(key, sortedIds.subarray(runStart, k + 1));
        runStart = k + 1;
      }
    }
    return new BigramIndex(vocabulary, lists);
  }

  /**
   * Indexed terms within maxEdits OSA edits of token (the token itself excluded).
   *
   * A match shares at least `need` of the token's U bigrams, so it must appear in at least one of any
   * U − need + 1 of their posting lists (pigeonhole). Candidates therefore come from the shortest lists
   * only, and are checked against the long ones ("er", "an") by binary search instead of walking them.
   *
   * @example index.findSimilar("metriod", 1) // [{ termId: <metroid>, distance: 1 }, ...]
   */
  findSimilar(token: string, maxEdits: number): FuzzyMatch[] {
    if (maxEdits <= 0) return [];
    const keys = bigramKeys(token);
    const need = Math.max(1, keys.length - 3 * maxEdits);
    const [lo, hi] = this.vocabulary.idRangeForLengths(token.length - maxEdits, token.length + maxEdits);
    const lists = keys
      .map((key) => {
        const list = this.lists.get(key);
        return list ? list.subarray(lowerBound(list, lo), lowerBound(list, hi)) : EMPTY;
      })
      .sort((a, b) => a.length - b.length);
    const probes = Math.min(lists.length, keys.length - need + 1);
    const counts = this.counts;
    const touched = this.touched;
    let touchedCount = 0;
    for (let l = 0; l < probes; l++) {
      const list = lists[l] ?? EMPTY;
      for (let i = 0; i < list.length; i++) {
        const id = list[i] ?? 0;
        if (counts[id] === 0) touched[touchedCount++] = id;
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    const matches: FuzzyMatch[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const id = touched[i] ?? 0;
      let shared = counts[id] ?? 0;
      counts[id] = 0;
      for (let l = probes; l < lists.length && shared < need && shared + lists.length - l >= need; l++) {
        const list = lists[l] ?? EMPTY;
        if (list[lowerBound(list, id)] === id) shared++;
      }
      if (shared < need) continue;
      const term = this.vocabulary.termOf(id);
      if (term === token) continue;
      const distance = osaDistance(token, term, maxEdits);
      if (distance <= maxEdits) matches.push({ termId: id, distance });
    }
    return matches;
  }
}
