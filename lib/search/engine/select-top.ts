// Top-k selection with a binary min-heap: a one-word query can match tens of thousands of games, and only
// the first page (or the re-ranking pool) needs ordering, so a full sort would waste most of the budget.

let heapDocs = new Int32Array(256);
let heapKeys = new Float64Array(256);

/**
 * The k documents with the highest key, best first. Ties go to the lower document index so that results
 * are deterministic across runs.
 *
 * @example selectTop(Int32Array.of(4, 9, 2), (d) => score[d], 2) // the two best of documents 4, 9, 2
 */
export function selectTop(docs: ArrayLike<number>, key: (doc: number) => number, k: number): number[] {
  const size = Math.min(k, docs.length);
  if (size <= 0) return [];
  if (heapDocs.length < size) {
    heapDocs = new Int32Array(size);
    heapKeys = new Float64Array(size);
  }
  let count = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    const value = key(doc);
    if (count < size) {
      heapDocs[count] = doc;
      heapKeys[count] = value;
      siftUp(count++);
    } else if (worse(heapDocs[0] ?? 0, heapKeys[0] ?? 0, doc, value)) {
      heapDocs[0] = doc;
      heapKeys[0] = value;
      siftDown(0, count);
    }
  }
  const result = Array.from(heapDocs.subarray(0, count));
  const keys = new Map(result.map((doc, i) => [doc, heapKeys[i] ?? 0]));
  return result.sort((a, b) => (keys.get(b) ?? 0) - (keys.get(a) ?? 0) || a - b);
}

/** True when (docA, keyA) ranks below (docB, keyB). */
function worse(docA: number, keyA: number, docB: number, keyB: number): boolean {
  return keyA < keyB || (keyA === keyB && docA > docB);
}

function swap(i: number, j: number): void {
  const doc = heapDocs[i] ?? 0;
  const key = heapKeys[i] ?? 0;
  heapDocs[i] = heapDocs[j] ?? 0;
  heapKeys[i] = heapKeys[j] ?? 0;
  heapDocs[j] = doc;
  heapKeys[j] = key;
}

function siftUp(i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heapDocs[i] ?? 0, heapKeys[i] ?? 0, heapDocs[parent] ?? 0, heapKeys[parent] ?? 0)) return;
    swap(i, parent);
    i = parent;
  }
}

function siftDown(i: number, count: number): void {
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < count && worse(heapDocs[left] ?? 0, heapKeys[left] ?? 0, heapDocs[worst] ?? 0, heapKeys[worst] ?? 0)) worst = left;
    if (right < count && worse(heapDocs[right] ?? 0, heapKeys[right] ?? 0, heapDocs[worst] ?? 0, heapKeys[worst] ?? 0)) worst = right;
    if (worst === i) return;
    swap(i, worst);
    i = worst;
  }
}
