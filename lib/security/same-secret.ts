import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares secrets in constant time, so response timing reveals neither how much of a guess was right nor how
 * long the secret is: both sides are hashed to 32 bytes first (SHA-256), and the digests compared with
 * timingSafeEqual, which needs equal lengths. Comparing the raw values needed a length check first, which
 * answered early for a guess of the wrong length.
 */
export function sameSecret(given: string | null | undefined, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  // The empty string never matches, even an (unconfigured) empty secret.
  return Boolean(given) && expected.length > 0 && timingSafeEqual(digest(given!), digest(expected));
}
