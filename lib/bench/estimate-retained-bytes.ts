// A structural estimate of what an object graph keeps alive on the V8 heap (and in ArrayBuffers): typed
// arrays count their bytes, strings their characters, arrays, maps, sets and plain objects their slots.
// Precise enough to tell which structure of the search index is large; `npm run bench:memory` also
// measures the heap before and after a rebuild, which is the number to quote.

const OBJECT_HEADER = 24;
const SLOT = 8;

export interface RetainedBytes {
  /** V8 heap bytes (objects, arrays, strings). */
  heap: number;
  /** Typed array and ArrayBuffer bytes (outside the V8 heap, in "arrayBuffers"). */
  buffers: number;
}

/** Walks value's graph once (shared objects counted once) and estimates its retained bytes. */
export function estimateRetainedBytes(value: unknown, seen = new Set<unknown>()): RetainedBytes {
  const total: RetainedBytes = { heap: 0, buffers: 0 };
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") {
      if (seen.has(item)) continue;
      seen.add(item);
      total.heap += 16 + item.length;
      continue;
    }
    if (typeof item !== "object" || item === null || seen.has(item)) continue;
    seen.add(item);
    if (ArrayBuffer.isView(item)) {
      // Views of one buffer (subarray) count the buffer once.
      if (!seen.has(item.buffer)) {
        seen.add(item.buffer);
        total.buffers += item.buffer.byteLength;
      }
      total.heap += OBJECT_HEADER + 4 * SLOT;
      continue;
    }
    if (item instanceof ArrayBuffer) {
      total.buffers += item.byteLength;
      continue;
    }
    if (Array.isArray(item)) {
      total.heap += OBJECT_HEADER + SLOT * item.length;
      for (const element of item) stack.push(element);
      continue;
    }
    if (item instanceof Map) {
      total.heap += OBJECT_HEADER + 3 * SLOT * item.size;
      for (const [k, v] of item) stack.push(k, v);
      continue;
    }
    if (item instanceof Set) {
      total.heap += OBJECT_HEADER + 2 * SLOT * item.size;
      for (const k of item) stack.push(k);
      continue;
    }
    const keys = Object.keys(item);
    total.heap += OBJECT_HEADER + SLOT * keys.length;
    for (const key of keys) stack.push((item as Record<string, unknown>)[key]);
  }
  return total;
}
