// A long password must cost nothing. The schema refuses it at parsing, the
// strength check stops at "too long", and the trailing-suffix strip is a loop instead of a regex that
// backtracked quadratically ("0"×200,000 + "a" took tens of seconds: the test timeout catches a regression).
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkPasswordStrength, PASSWORD_MAX_LENGTH, stripTrailingNonLetters } from "@/lib/auth/check-password-strength";
import { signUpBodySchema } from "@/lib/auth/user-schemas";

const account = { email: "redos1@example.test" };

describe("stripTrailingNonLetters", () => {
  it.each([
    ["a year and a symbol", "password2024!", "password"],
    ["an underscore and digits", "dragon_99", "dragon"],
    ["only digits", "1234", ""],
    ["nothing", "", ""],
    ["only letters", "abc", "abc"],
    ["non-ASCII letters (not letters to \\w)", "päss word 1 ", "päss word"],
    ["200,000 digits before a letter", "0".repeat(200_000) + "a", "0".repeat(200_000) + "a"],
  ])("strips the trailing non-letters of %s", (_case, text, root) => {
    expect(stripTrailingNonLetters(text)).toBe(root);
  });

  it("agrees with the regex it replaced on any short string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(stripTrailingNonLetters(text)).toBe(text.replace(/[\d\W_]+$/u, ""));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("checkPasswordStrength on long passwords", () => {
  it("answers only too_long for a 200,000-character password, without running the other checks", () => {
    expect(checkPasswordStrength("0".repeat(200_000) + "a", account).map((p) => p.code)).toEqual(["too_long"]);
  });

  it("answers only too_long just past the limit, and counts characters, not UTF-16 units", () => {
    expect(checkPasswordStrength("1".repeat(PASSWORD_MAX_LENGTH + 1), account).map((p) => p.code)).toEqual(["too_long"]);
    // 256 astral characters are 512 UTF-16 units and still within the limit.
    expect(checkPasswordStrength("🎮🕹🎲👾".repeat(PASSWORD_MAX_LENGTH / 4), account).map((p) => p.code)).not.toContain("too_long");
  });
});

describe("signUpBodySchema", () => {
  it("refuses a password longer than sign-in would ever take (4 × the limit in UTF-16 units)", () => {
    const parsed = signUpBodySchema.safeParse({ email: "redos1@example.test", password: "0".repeat(200_000) + "a" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["password"]);
    expect(signUpBodySchema.safeParse({ email: "redos1@example.test", password: "x".repeat(PASSWORD_MAX_LENGTH * 4) }).success).toBe(true);
  });
});
