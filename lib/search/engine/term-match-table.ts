// For re-ranking: which query tokens a vocabulary term satisfies, and how well. A term can serve several
// tokens ("simcity" serves both "sim" and "city"), so each term heads a short linked list of entries.
// Lookups are an array read plus a stamp compare, cheaper than a Map in the per-title-position loop.
import type { QueryPlan } from "./plan-query";

export class TermMatchTable {
  private readonly stampOf: Int32Array;
  private readonly headOf: Int32Array;
  private stamp = 0;
  /** Entries: query token index, weight, characters typed (see Expansion), next entry of the same term (-1 ends). */
  readonly entryToken: number[] = [];
  readonly entryWeight: number[] = [];
  readonly entryTyped: number[] = [];
  readonly entryNext: number[] = [];

  constructor(vocabularySize: number) {
    this.stampOf = new Int32Array(vocabularySize);
    this.headOf = new Int32Array(vocabularySize);
  }

  /** Replaces the table's content with the expansions of plan. */
  load(plan: QueryPlan): void {
    if (++this.stamp >= 0x7ffffff0) {
      this.stamp = 1;
      this.stampOf.fill(0);
    }
    this.entryToken.length = 0;
    this.entryWeight.length = 0;
    this.entryTyped.length = 0;
    this.entryNext.length = 0;
    plan.tokens.forEach((token, index) => {
      for (const { term, weight, typed } of token.expansions) this.add(term, index, weight, typed);
    });
  }

  /** Adds one more term for a query token, after load() (terms found by reading titles). */
  add(term: number, token: number, weight: number, typed: number): void {
    const next = this.stampOf[term] === this.stamp ? (this.headOf[term] ?? -1) : -1;
    this.stampOf[term] = this.stamp;
    this.headOf[term] = this.entryToken.length;
    this.entryToken.push(token);
    this.entryWeight.push(weight);
    this.entryTyped.push(typed);
    this.entryNext.push(next);
  }

  /** First entry for the term, or -1 when the term matches no query token. */
  head(term: number): number {
    return this.stampOf[term] === this.stamp ? (this.headOf[term] ?? -1) : -1;
  }
}
