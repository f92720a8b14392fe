// The shapes of a planned query, in a module of their own: planQuery (plan-query.ts) builds them and the facet
// rules (query-facets.ts) both read and annotate them, so neither may import the other for its types.

export interface Expansion {
  term: number;
  weight: number;
  /**
   * Leading characters of the term the user typed: all of them, except for completions. A completion
   * "kombat" → "kombatii" (a compound of "Kombat II") must not count as having typed the "II".
   */
  typed: number;
}

export interface Facet {
  platformIds?: readonly number[];
  year?: number;
  weight: number;
}

export interface QueryToken {
  text: string;
  /** Candidates must match every required token (all but one when none do). */
  required: boolean;
  /** How much the token counts: the idf of its exact spelling, else of its best alternative. */
  idf: number;
  /** Best weight first; one entry per term. */
  expansions: Expansion[];
  /**
   * The word being typed has more completions than expansions ("the blues b"): it does not select
   * candidates, but each candidate of the other words must have a title word starting with it.
   */
  verifyPrefix: boolean;
  /** A platform or year word: optional, and counted for games of that platform or year (query-facets.ts). */
  facet?: Facet;
}

export interface QueryPlan {
  tokens: QueryToken[];
}
