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

/** Indexes of keys[0..count) by ascending key (stable): a two-digit radixOrder without a digit callback. */
export function uint32Order(keys: Uint32Array, count: number): Int32Array {
  let order = new Int32Array(count);
  let next = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const buckets = new Int32Array(65537);
  for (let shift = 0; shift <= 16; shift += 16) {
    buckets.fill(0);
    for (let i = 0; i < count; i++) buckets[(((keys[i] ?? 0) >>> shift) & 0xffff) + 1]! += 1;
    for (let b = 0; b < 65536; b++) buckets[b + 1]! += buckets[b] ?? 0;
    for (let k = 0; k < count; k++) {
      const index = order[k] ?? 0;
      next[buckets[((keys[index] ?? 0) >>> shift) & 0xffff]!++] = index;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}

/** Characters sorted by radix; strings sharing them are few, so comparator sorts only see short runs. */
const RADIX_CHARACTERS = 6;

/**
 * Indexes of strings in code-unit order (as `<` compares them; ties by index): radix passes on the first
 * characters, then comparator sorts within the runs that share them.
 */
export function codeUnitOrder(strings: string[]): Int32Array {
  const order = radixOrder(strings.length, RADIX_CHARACTERS, (i, position) => {
    const text = strings[i] ?? "";
    return position < text.length ? Math.min(text.charCodeAt(position), 65534) + 1 : 0;
  });
  const compare = (a: number, b: number) => {
    const x = strings[a] ?? "";
    const y = strings[b] ?? "";
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  let runStart = 0;
  let head = strings[order[0] ?? 0] ?? "";
  for (let i = 1; i <= order.length; i++) {
    const text = i < order.length ? (strings[order[i] ?? 0] ?? "") : "";
    if (i < order.length && sharePrefix(text, head, RADIX_CHARACTERS)) continue;
    if (i - runStart > 16) order.subarray(runStart, i).sort(compare);
    else if (i - runStart > 1) insertionSort(order, runStart, i, compare);
    runStart = i;
    head = text;
  }
  return order;
}

function sharePrefix(a: string, b: string, length: number): boolean {
  const n = Math.min(length, Math.max(a.length, b.length));
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** Most runs hold two or three strings; a typed-array sort() call costs more than sorting them inline. */
function insertionSort(order: Int32Array, from: number, to: number, compare: (a: number, b: number) => number): void {
  for (let i = from + 1; i < to; i++) {
    const value = order[i] ?? 0;
    let j = i - 1;
    while (j >= from && compare(order[j] ?? 0, value) > 0) {
      order[j + 1] = order[j] ?? 0;
      j--;
    }
    order[j + 1] = value;
  }
}
