import { timingSafeEqual } from "node:crypto";

/** Compares secrets in constant time, so response timing does not reveal how much of a guess was right. */
export function sameSecret(given: string | null | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
