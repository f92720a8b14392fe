// One-typo lookup in microseconds (the symmetric-deletion idea of SymSpell): a term is within one OSA
// edit of the query exactly when some string with at most one character deleted from the term equals
// some string with at most one character deleted from the query (a transposition "ab"/"ba" meets on
// "a" or "b"). Every term's deletion variants are stored as 32-bit hashes in one sorted typed array, so
// the query side is L + 1 binary searches and an OSA check per candidate; no strings are built at all.
import { osaDistance } from "./osa-distance";
import { uint32Order } from "./radix-order";
import type { Vocabulary } from "./vocabulary";

const BASE = 0x01000193;

/** Hashes of `text` and of every one-character deletion of it, written to out from index 0; returns the count. */
function variantHashes(text: string, out: Uint32Array): number {
  const n = text.length;
  // prefix[i] hashes text[0, i); suffix[i] hashes text[i, n) with its own weights, so that the hash of
  // "text without i" is prefix[i] * BASE^(n-1-i) + suffix[i+1], identical to hashing the shorter string.
  const prefix = PREFIX;
  const suffix = SUFFIX;
  const power = POWER;
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i] ?? 0, BASE) + text.charCodeAt(i)) >>> 0;
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(text.charCodeAt(i), power[n - 1 - i] ?? 0) + (suffix[i + 1] ?? 0)) >>> 0;
  let count = 0;
  out[count++] = prefix[n] ?? 0;
  for (let i = 0; i < n; i++) {
    // Deleting either letter of a double ("zeldda") gives the same string: store it once.
    if (i > 0 && text.charCodeAt(i) === text.charCodeAt(i - 1)) continue;
    out[count++] = (Math.imul(prefix[i] ?? 0, power[n - 1 - i] ?? 0) + (suffix[i + 1] ?? 0)) >>> 0;
  }
  return count;
}

const MAX_LENGTH = 80;
const PREFIX = new Uint32Array(MAX_LENGTH + 2);
const SUFFIX = new Uint32Array(MAX_LENGTH + 2);
const POWER = new Uint32Array(MAX_LENGTH + 2);
POWER[0] = 1;
for (let i = 1; i < POWER.length; i++) POWER[i] = Math.imul(POWER[i - 1] ?? 0, BASE) >>> 0;

export class DeletionIndex {
  private readonly seen: Int32Array;
  private stamp = 0;

  private constructor(
    private readonly vocabulary: Vocabulary,
    /** Variant hashes, ascending. */
    private readonly hashes: Uint32Array,
    /** Term id of each variant hash. */
    private readonly terms: Int32Array,
  ) {
    this.seen = new Int32Array(vocabulary.size);
  }

  /** Indexes the terms for which include(id) holds (terms longer than 80 characters are skipped). */
  static build(vocabulary: Vocabulary, include: (termId: number) => boolean): DeletionIndex {
    let capacity = 0;
    for (let id = 0; id < vocabulary.size; id++) {
      const length = vocabulary.termOf(id).length;
      if (length <= MAX_LENGTH && include(id)) capacity += length + 1;
    }
    const hashes = new Uint32Array(capacity);
    const terms = new Int32Array(capacity);
    const scratch = new Uint32Array(MAX_LENGTH + 1);
    let count = 0;
    for (let id = 0; id < vocabulary.size; id++) {
      const term = vocabulary.termOf(id);
      if (term.length > MAX_LENGTH || !include(id)) continue;
      const variants = variantHashes(term, scratch);
      for (let v = 0; v < variants; v++) {
        hashes[count] = scratch[v] ?? 0;
        terms[count++] = id;
      }
    }
    const order = uint32Order(hashes, count);
    const sortedHashes = new Uint32Array(count);
    const sortedTerms = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const entry = order[k] ?? 0;
      sortedHashes[k] = hashes[entry] ?? 0;
      sortedTerms[k] = terms[entry] ?? 0;
    }
    return new DeletionIndex(vocabulary, sortedHashes, sortedTerms);
  }

  /**
   * Indexed terms exactly one OSA edit from token.
   *
   * @example index.findOneEdit("metriod") // [<metroid>, ...]
   */
  findOneEdit(token: string): number[] {
    if (token.length === 0 || token.length > MAX_LENGTH) return [];
    if (++this.stamp >= 0x7ffffff0) {
      this.stamp = 1;
      this.seen.fill(0);
    }
    const variants = new Uint32Array(token.length + 1);
    const count = variantHashes(token, variants);
    const found: number[] = [];
    for (let v = 0; v < count; v++) {
      const hash = variants[v] ?? 0;
      for (let i = this.lowerBound(hash); i < this.hashes.length && this.hashes[i] === hash; i++) {
        const id = this.terms[i] ?? 0;
        if (this.seen[id] === this.stamp) continue;
        this.seen[id] = this.stamp;
        if (osaDistance(token, this.vocabulary.termOf(id), 1) === 1) found.push(id);
      }
    }
    return found;
  }

  private lowerBound(hash: number): number {
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.hashes[mid] ?? 0) < hash) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
