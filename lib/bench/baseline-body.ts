// The body of /api/bench/baseline: JSON padded to a size. Built once per size, but only a few sizes are kept
// (a benchmark asks for one or two): caching every ?bytes= a client names kept up to 1 MB per distinct value
// forever, memory any client could make us hold.
export const BASELINE_SIZES_KEPT = 8;

const bodies = new Map<number, string>();

/** A JSON body of `bytes` bytes (at least the 27 of the empty record). */
export function baselineBody(bytes: number): string {
  const kept = bodies.get(bytes);
  if (kept !== undefined) return kept;
  const body = JSON.stringify({ results: [], padding: "x".repeat(Math.max(0, bytes - 27)) });
  if (bodies.size >= BASELINE_SIZES_KEPT) bodies.delete(bodies.keys().next().value!);
  bodies.set(bytes, body);
  return body;
}

/** How many bodies are kept (tests). */
export function baselineBodiesKept(): number {
  return bodies.size;
}
