// The one shape every engine in the search benchmark takes, ours and the baselines alike.

/** A search engine under benchmark: returns game ids, best first. */
export interface BenchEngine {
  name: string;
  /** Rounds of timed runs worth doing: slow baselines run the labelled set once. */
  rounds: number;
  search(query: string, limit: number): number[];
}
