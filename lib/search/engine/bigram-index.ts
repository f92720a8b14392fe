// Finds vocabulary terms within a few edits of a query token without comparing it to every term:
// an edit destroys at most three of a word's bigrams (a transposition), so a term within k edits shares
// at least (unique bigrams − 3k) of them. Candidates passing that count are verified with OSA distance.
import { osaDistance } from "./osa-distance";
import { radixOrder } from "./radix-order";
import type { Vocabulary } from "./vocabulary";

const START = 1;
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
    const order = radixOrder(count, 2, (i, digit) => (digit === 0 ? (keys[i] ?? 0) >>> 16 : (keys[i] ?? 0) & 0xffff));
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
   * @example index.findSimilar("metriod", 1) // [{ termId: <metroid>, distance: 1 }, ...]
   */
  findSimilar(token: string, maxEdits: number): FuzzyMatch[] {
    if (maxEdits <= 0) return [];
    const keys = bigramKeys(token);
    const threshold = Math.max(1, keys.length - 3 * maxEdits);
    const [lo, hi] = this.vocabulary.idRangeForLengths(token.length - maxEdits, token.length + maxEdits);
    const counts = this.counts;
    const touched = this.touched;
    let touchedCount = 0;
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) continue;
      for (let i = lowerBound(list, lo); i < list.length; i++) {
        const id = list[i] ?? 0;
        if (id >= hi) break;
        if (counts[id] === 0) touched[touchedCount++] = id;
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    const matches: FuzzyMatch[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const id = touched[i] ?? 0;
      if ((counts[id] ?? 0) >= threshold) {
        const term = this.vocabulary.termOf(id);
        if (term !== token) {
          const distance = osaDistance(token, term, maxEdits);
          if (distance <= maxEdits) matches.push({ termId: id, distance });
        }
      }
      counts[id] = 0;
    }
    return matches;
  }
}
