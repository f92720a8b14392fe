// Top-k selection in linear time: a one-word query can match ten thousand games, and only the first page
// (or the re-ranking pool) needs ordering. Quickselect finds the k-th best key, and only the documents
// at or above it are kept (and sorted, when the caller needs them in order).

let scratch = new Float64Array(1024);

/**
 * The k documents with the highest key (keys[i] belongs to docs[i]); best first when ordered, else in
 * candidate order. Ties at the cut go to the earlier candidates, ties in order to the lower document.
 *
 * @example selectTop(Int32Array.of(4, 9, 2), Float64Array.of(0.5, 0.9, 0.1), 2, true) // [9, 4]
 */
export function selectTop(docs: Int32Array, keys: Float64Array, k: number, ordered: boolean): number[] {
  const n = docs.length;
  const size = Math.min(k, n);
  if (size <= 0) return [];
  let threshold = -Infinity;
  let tiesLeft = size;
  if (size < n) {
    if (scratch.length < n) scratch = new Float64Array(n);
    scratch.set(keys.subarray(0, n));
    threshold = kthLargest(scratch, n, size);
    for (let i = 0; i < n; i++) if ((keys[i] ?? 0) > threshold) tiesLeft--;
  }
  const chosen: number[] = [];
  for (let i = 0; i < n && chosen.length < size; i++) {
    const value = keys[i] ?? 0;
    if (value > threshold || (value === threshold && tiesLeft-- > 0)) chosen.push(i);
  }
  if (ordered) chosen.sort((a, b) => (keys[b] ?? 0) - (keys[a] ?? 0) || (docs[a] ?? 0) - (docs[b] ?? 0));
  return chosen.map((i) => docs[i] ?? 0);
}

/** The k-th largest of values[0..n) (1-based k), reordering values in place (Hoare quickselect). */
function kthLargest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] ?? 0;
}
