// The alternation loop: each round measures every target once, rotating which goes first, so drift on a
// shared machine (another process waking, a GC, caches warming) falls on each target in turn, not on one.

/**
 * Runs `rounds` rounds of `measure` over `targets`; returns, for each round, the results in `targets` order.
 * @example
 * const rounds = await alternate(3, [ceiling, search], (t) => measureTarget(t, settings));
 * const ratios = rounds.map(([c, s]) => s.rps / c.rps);
 */
export async function alternate<T, M>(
  rounds: number,
  targets: readonly T[],
  measure: (target: T, round: number) => Promise<M>,
): Promise<M[][]> {
  const results: M[][] = [];
  for (let round = 0; round < rounds; round++) {
    const row = new Array<M>(targets.length);
    for (let k = 0; k < targets.length; k++) {
      const i = (round + k) % targets.length;
      row[i] = await measure(targets[i]!, round);
    }
    results.push(row);
  }
  return results;
}
