// Optimal string alignment distance: Levenshtein plus adjacent transpositions counted as one edit,
// because "metriod" for "metroid" is the most common typo of all and plain Levenshtein charges it twice.

// Three reusable rows: the verifier runs for every fuzzy candidate of every query token.
let rowBeforeLast = new Int32Array(64);
let lastRow = new Int32Array(64);
let row = new Int32Array(64);

/**
 * OSA distance between a and b, or max + 1 as soon as it is known to exceed max (banded, early exit).
 *
 * @example osaDistance("metriod", "metroid", 2) // 1
 * @example osaDistance("zelda", "tetris", 1) // 2 (i.e. more than 1)
 */
export function osaDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > row.length) {
    rowBeforeLast = new Int32Array(m + 1);
    lastRow = new Int32Array(m + 1);
    row = new Int32Array(m + 1);
  }
  const outside = max + 1;
  for (let j = 0; j <= m; j++) lastRow[j] = j <= max ? j : outside;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    row[0] = i <= max ? i : outside;
    if (from > 1) row[from - 1] = outside;
    let rowMin = row[0] ?? outside;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let best = Math.min((lastRow[j] ?? outside) + 1, (row[j - 1] ?? outside) + 1, (lastRow[j - 1] ?? outside) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        best = Math.min(best, (rowBeforeLast[j - 2] ?? outside) + 1);
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (to < m) row[to + 1] = outside;
    if (rowMin > max) return outside;
    const recycled = rowBeforeLast;
    rowBeforeLast = lastRow;
    lastRow = row;
    row = recycled;
  }
  const result = lastRow[m] ?? outside;
  return result > max ? outside : result;
}
