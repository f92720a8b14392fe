// sameSecret: a guess of any length costs the same comparison of two 32-byte
// digests; the old early length check answered sooner for a wrong length, leaking the secret's length.
import { afterEach, describe, expect, it, vi } from "vitest";

import { sameSecret } from "@/lib/security/same-secret";

const compared = vi.hoisted(() => [] as Array<[number, number]>);
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  const timingSafeEqual = (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
    compared.push([a.byteLength, b.byteLength]);
    return actual.timingSafeEqual(a, b);
  };
  return { ...actual, default: { ...actual, timingSafeEqual }, timingSafeEqual };
});

afterEach(() => {
  compared.length = 0;
});

describe("sameSecret", () => {
  const secret = "s3cr3t-token-of-24-chars!";

  it("accepts the secret and refuses anything else", () => {
    expect(sameSecret(secret, secret)).toBe(true);
    for (const guess of [secret.slice(0, -1), `${secret}x`, secret.toUpperCase(), "", null, undefined, "x"])
      expect(sameSecret(guess, secret)).toBe(false);
  });

  it("never matches an empty secret", () => {
    expect(sameSecret("", "")).toBe(false);
  });

  it("compares 32-byte digests whatever the guess's length: no early answer for a wrong length", () => {
    for (const guess of ["x", secret, "y".repeat(1_000)]) sameSecret(guess, secret);
    expect(compared).toEqual([
      [32, 32],
      [32, 32],
      [32, 32],
    ]);
  });
});
