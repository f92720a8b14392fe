// Walks the posting lists of a query plan and sums, per document, the best-weighted expansion of each
// token. All arrays are allocated once per index and reset lazily through stamps, so a query costs only
// the postings it touches, not the 70k documents of the catalog.
import type { QueryPlan } from "./plan-query";
import type { PostingLists } from "./posting-lists";

export class ScoreAccumulator {
  /** Sum over tokens of weight × idf, valid for documents stamped with the current query. */
  readonly score: Float32Array;
  /** Required tokens matched, valid for documents stamped with the current query. */
  readonly matched: Uint8Array;
  /** Bit i set when plan token i matched, valid for documents stamped with the current query. */
  readonly tokenMask: Uint16Array;
  private readonly tokenBest: Float32Array;
  private readonly tokenStamp: Int32Array;
  private readonly queryStamp: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private stamp = 0;
  private query = 0;

  constructor(documentCount: number) {
    this.score = new Float32Array(documentCount);
    this.matched = new Uint8Array(documentCount);
    this.tokenMask = new Uint16Array(documentCount);
    this.tokenBest = new Float32Array(documentCount);
    this.tokenStamp = new Int32Array(documentCount);
    this.queryStamp = new Int32Array(documentCount);
    this.touched = new Int32Array(documentCount);
  }

  /**
   * Scores every document that matches at least one required token. Optional tokens ("the") only add to
   * documents already found, so their long posting lists never widen the candidate set.
   */
  accumulate(plan: QueryPlan, postings: PostingLists): void {
    this.nextStamp(true);
    this.touchedCount = 0;
    const query = this.query;
    // Required tokens first: only they may add documents, optional ones merely score them.
    const order = plan.tokens.map((_, i) => i).sort((a, b) => Number(plan.tokens[b]?.required) - Number(plan.tokens[a]?.required));
    for (const index of order) {
      const token = plan.tokens[index];
      if (!token) continue;
      const bit = 1 << index;
      const stamp = this.nextStamp(false);
      for (const { term, weight } of token.expansions) {
        const value = weight * token.idf;
        const docs = postings.docsOf(term);
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] ?? 0;
          if (this.tokenStamp[doc] === stamp) {
            // Expansions come best first, so this branch rarely changes anything; it keeps the max exact.
            const previous = this.tokenBest[doc] ?? 0;
            if (value > previous) {
              this.score[doc] = (this.score[doc] ?? 0) + value - previous;
              this.tokenBest[doc] = value;
            }
            continue;
          }
          if (this.queryStamp[doc] !== query) {
            if (!token.required) continue;
            this.queryStamp[doc] = query;
            this.score[doc] = 0;
            this.matched[doc] = 0;
            this.tokenMask[doc] = 0;
            this.touched[this.touchedCount++] = doc;
          }
          this.tokenStamp[doc] = stamp;
          this.tokenBest[doc] = value;
          this.score[doc] = (this.score[doc] ?? 0) + value;
          this.tokenMask[doc] = (this.tokenMask[doc] ?? 0) | bit;
          if (token.required) this.matched[doc] = (this.matched[doc] ?? 0) + 1;
        }
      }
    }
  }

  /** Documents scored by the last accumulate(), as a view valid until the next call. */
  touchedDocuments(): Int32Array {
    return this.touched.subarray(0, this.touchedCount);
  }

  private nextStamp(newQuery: boolean): number {
    // Stamps wrap after two billion tokens; clearing then keeps stale stamps from ever matching.
    if (this.stamp >= 0x7ffffff0) {
      this.stamp = 0;
      this.query = 0;
      this.tokenStamp.fill(0);
      this.queryStamp.fill(0);
    }
    if (newQuery) this.query = ++this.stamp;
    return ++this.stamp;
  }
}
