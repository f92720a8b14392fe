// safeCallbackUrl: where the sign-in and sign-up pages send a user afterwards. Every value either stays a
// path on this site or becomes the fallback, including the ones a browser's URL parser rewrites into another
// host (tab, newline, backslash, dot segments).
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

const SITE = "https://questlog.example.com";

/** Where a browser on SITE goes for window.location.assign(value): the WHATWG parser, as the browser runs it. */
const landsOn = (value: string) => new URL(value, SITE);

describe("safeCallbackUrl", () => {
  it.each(["/library", "/games/doom?tab=similar#reviews", "/search?q=zelda%20breath", "/signin/check-email"])(
    "keeps the same-site path %s",
    (value) => {
      expect(safeCallbackUrl(value)).toBe(value);
    },
  );

  // What /signin?callbackUrl=<encoded> hands the page once the query string is decoded.
  it.each([
    ["%09", "/\t/evil.example"],
    ["%0A", "/\n/evil.example"],
    ["%0D", "/\r/evil.example"],
    ["%5C", "/\\evil.example"],
    ["%5C%5C", "\\\\evil.example"],
    ["//", "//evil.example"],
    ["///", "///evil.example"],
    ["absolute", "https://evil.example"],
    ["absolute, scheme-relative path", "https:/evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["dot segment", "/.//evil.example"],
    ["dot-dot segment", "/..//evil.example"],
    ["encoded dot segment", "/%2e//evil.example"],
    ["double-encoded tab", "/%09/evil.example"],
    ["double-encoded backslash", "/%5cevil.example"],
    ["a NUL", "/\u0000/evil.example"],
    ["DEL", "/\u007f/evil.example"],
    ["leading space", " //evil.example"],
    ["not a string", 42],
  ])("falls back for %s", (_name, value) => {
    expect(safeCallbackUrl(value)).toBe("/library");
    expect(safeCallbackUrl(value, "/")).toBe("/");
  });

  it("never returns something that leaves the site, whatever it is given", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 80 });
    // Values built from the pieces that fool URL parsers, so the property meets them often.
    const tricky = fc
      .array(
        fc.constantFrom(
          "/",
          "\\",
          "\t",
          "\n",
          "\r",
          ".",
          "..",
          "%2e",
          "%09",
          "%5c",
          "%2f",
          "evil.example",
          ":",
          "@",
          "?",
          "#",
          " ",
          "https:",
          "a",
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          tricky,
          tricky.map((t) => `/${t}`),
        ),
        (value) => {
          const out = safeCallbackUrl(value);
          expect(out.startsWith("/")).toBe(true);
          expect(out.startsWith("//")).toBe(false);
          expect(out).not.toMatch(/[\u0000-\u001f\u007f\\]/);
          expect(landsOn(out).origin).toBe(SITE);
          // Kept values are already in their parsed form: a second pass changes nothing.
          expect(safeCallbackUrl(out)).toBe(out);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
