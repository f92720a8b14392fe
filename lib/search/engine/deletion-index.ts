// One-typo lookup in microseconds (the symmetric-deletion idea of SymSpell): a term is within one OSA
// edit of the query exactly when some string with at most one character deleted from the term equals
// some string with at most one character deleted from the query (a transposition "ab"/"ba" meets on
// "a" or "b"). Every term's deletion variants are stored as 32-bit hashes in one sorted typed array, so
// the query side is L + 1 bucket scans and an OSA check per candidate; no strings are built at all.
import { osaDistance } from "./osa-distance";
import type { Vocabulary } from "./vocabulary";

const BASE = 0x01000193;
const BUCKETS = 1 << 16;

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
    /** Entries of bucket b (the top 16 bits of their hash) are bucketStart[b] .. bucketStart[b + 1]. */
    private readonly bucketStart: Int32Array,
    /** Variant hash of each entry, grouped by bucket. */
    private readonly hashes: Uint32Array,
    /** Term id of each entry. */
    private readonly terms: Int32Array,
  ) {
    this.seen = new Int32Array(vocabulary.size);
  }

  /** Indexes the terms for which include(id) holds (terms longer than 80 characters are skipped). */
  static build(vocabulary: Vocabulary, include: (termId: number) => boolean): DeletionIndex {
    let capacity = 0;
    // include() first: the text of a term it leaves out may have to be built.
    const included = new Uint8Array(vocabulary.size);
    for (let id = 0; id < vocabulary.size; id++) {
      if (!include(id)) continue;
      const length = vocabulary.termOf(id).length;
      if (length > MAX_LENGTH) continue;
      included[id] = 1;
      capacity += length + 1;
    }
    const hashes = new Uint32Array(capacity);
    const terms = new Int32Array(capacity);
    const scratch = new Uint32Array(MAX_LENGTH + 1);
    let count = 0;
    for (let id = 0; id < vocabulary.size; id++) {
      if (included[id] === 0) continue;
      const term = vocabulary.termOf(id);
      const variants = variantHashes(term, scratch);
      for (let v = 0; v < variants; v++) {
        hashes[count] = scratch[v] ?? 0;
        terms[count++] = id;
      }
    }
    // One counting-sort pass on the top 16 bits: a bucket holds a few dozen entries, scanned linearly.
    const bucketStart = new Int32Array(BUCKETS + 1);
    for (let i = 0; i < count; i++) bucketStart[((hashes[i] ?? 0) >>> 16) + 1]! += 1;
    for (let b = 0; b < BUCKETS; b++) bucketStart[b + 1]! += bucketStart[b] ?? 0;
    const cursor = bucketStart.slice(0, BUCKETS);
    const groupedHashes = new Uint32Array(count);
    const groupedTerms = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const hash = hashes[i] ?? 0;
      const at = cursor[hash >>> 16]!++;
      groupedHashes[at] = hash;
      groupedTerms[at] = terms[i] ?? 0;
    }
    return new DeletionIndex(vocabulary, bucketStart, groupedHashes, groupedTerms);
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
      const end = this.bucketStart[(hash >>> 16) + 1] ?? 0;
      for (let i = this.bucketStart[hash >>> 16] ?? 0; i < end; i++) {
        if (this.hashes[i] !== hash) continue;
        const id = this.terms[i] ?? 0;
        if (this.seen[id] === this.stamp) continue;
        this.seen[id] = this.stamp;
        if (osaDistance(token, this.vocabulary.termOf(id), 1) === 1) found.push(id);
      }
    }
    return found;
  }
}
