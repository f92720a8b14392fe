// Stable LSD radix sort over 16-bit digits. Index build sorts hundreds of thousands of terms and over a
// million bigram entries; a comparator sort of that size costs hundreds of milliseconds, this costs ten.

/**
 * Returns 0..count-1 ordered by the digit sequence digitOf(i, 0), digitOf(i, 1), …, digitOf(i, digits-1),
 * most significant first; each digit is in 0..65535. Equal keys keep ascending index order.
 *
 * @example radixOrder(3, 1, (i) => [5, 1, 5][i]) // Int32Array [1, 0, 2]
 */
export function radixOrder(count: number, digits: number, digitOf: (index: number, digit: number) => number): Int32Array {
  let order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let next = new Int32Array(count);
  const buckets = new Int32Array(65537);
  const digitValues = new Uint16Array(count);
  for (let digit = digits - 1; digit >= 0; digit--) {
    buckets.fill(0);
    for (let i = 0; i < count; i++) {
      const value = digitOf(i, digit);
      digitValues[i] = value;
      buckets[value + 1]! += 1;
    }
    for (let b = 0; b < 65536; b++) buckets[b + 1]! += buckets[b] ?? 0;
    for (let k = 0; k < count; k++) {
      const index = order[k] ?? 0;
      next[buckets[digitValues[index] ?? 0]!++] = index;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}
