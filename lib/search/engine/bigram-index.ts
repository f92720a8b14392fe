// Finds vocabulary terms within a few edits of a query token without comparing it to every term:
// an edit destroys at most three of a word's bigrams (a transposition), so a term within k edits shares
// at least (unique bigrams − 3k) of them. Candidates passing that count are verified with OSA distance.
import { osaDistance } from "./osa-distance";
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
    const building = new Map<number, number[]>();
    for (let id = 0; id < vocabulary.size; id++) {
      if (!include(id)) continue;
      for (const key of bigramKeys(vocabulary.termOf(id))) {
        const list = building.get(key);
        if (list) list.push(id);
        else building.set(key, [id]);
      }
    }
    const lists = new Map<number, Int32Array>();
    for (const [key, ids] of building) lists.set(key, Int32Array.from(ids));
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
