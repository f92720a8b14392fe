// Posting lists in one flat typed array (CSR layout): a few MB for 70k games instead of one JS array per
// term, and iteration without bounds checks or boxing in the hot loop.

export class PostingLists {
  private constructor(
    /** offsets[t]..offsets[t+1] is the slice of docs holding term t. */
    private readonly offsets: Int32Array,
    /** Document indexes, ascending within each term. */
    private readonly docs: Int32Array,
  ) {}

  /**
   * Builds posting lists from each document's distinct term ids, given flat: the terms of document d
   * are docTerms[docStart[d] .. docStart[d + 1]).
   */
  static build(vocabularySize: number, docStart: Int32Array, docTerms: Int32Array): PostingLists {
    const offsets = new Int32Array(vocabularySize + 1);
    for (let i = 0; i < docTerms.length; i++) offsets[(docTerms[i] ?? 0) + 1]! += 1;
    for (let t = 0; t < vocabularySize; t++) offsets[t + 1]! += offsets[t] ?? 0;
    const cursor = offsets.slice(0, vocabularySize);
    const docs = new Int32Array(docTerms.length);
    // Documents are visited in index order, so every list comes out sorted without a sort.
    for (let d = 0; d + 1 < docStart.length; d++) {
      for (let i = docStart[d] ?? 0; i < (docStart[d + 1] ?? 0); i++) {
        const term = docTerms[i] ?? 0;
        docs[cursor[term]!++] = d;
      }
    }
    return new PostingLists(offsets, docs);
  }

  /** Document frequency: how many documents hold the term in any title. */
  df(term: number): number {
    return (this.offsets[term + 1] ?? 0) - (this.offsets[term] ?? 0);
  }

  /** The documents holding the term, as a view (no copy). */
  docsOf(term: number): Int32Array {
    return this.docs.subarray(this.offsets[term] ?? 0, this.offsets[term + 1] ?? 0);
  }
}
