// Password hashing (argon2id through @node-rs/argon2) and the sign-up password rules.
import { describe, expect, it } from "vitest";

import { checkPasswordStrength } from "@/lib/auth/check-password-strength";
import { getDummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password-hash";

const PHC = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;

describe("hashPassword / verifyPassword", () => {
  it("hashes with argon2id at OWASP's parameters, a fresh salt each time, never the password itself", async () => {
    const [a, b] = await Promise.all([hashPassword("tangerine-orbit-velvet-42"), hashPassword("tangerine-orbit-velvet-42")]);
    expect(a).toMatch(PHC);
    expect(b).toMatch(PHC);
    expect(a).not.toBe(b);
    expect(a).not.toContain("tangerine");
  });

  it("verifies the right password and refuses a wrong one, a different case, or a malformed hash", async () => {
    const stored = await hashPassword("tangerine-orbit-velvet-42");
    expect(await verifyPassword(stored, "tangerine-orbit-velvet-42")).toBe(true);
    expect(await verifyPassword(stored, "tangerine-orbit-velvet-43")).toBe(false);
    expect(await verifyPassword(stored, "Tangerine-orbit-velvet-42")).toBe(false);
    expect(await verifyPassword("not a hash", "tangerine-orbit-velvet-42")).toBe(false);
    expect(await verifyPassword(stored.replace("$argon2id$", "$argon2i$"), "tangerine-orbit-velvet-42")).toBe(false);
  });

  it("keeps one dummy hash with the same parameters, so a missing account costs one verification like a real one", async () => {
    const dummy = await getDummyPasswordHash();
    expect(dummy).toMatch(PHC);
    expect(await getDummyPasswordHash()).toBe(dummy);
    expect(await verifyPassword(dummy, "")).toBe(false);
  });
});

describe("checkPasswordStrength", () => {
  const account = { email: "ada.lovelace@example.com", name: "Ada Lovelace" };
  const codes = (password: string, who: { email: string; name?: string | null } = account) =>
    checkPasswordStrength(password, who).map((p) => p.code);

  it.each([
    ["a passphrase", "tangerine-orbit-velvet-42"],
    ["ten varied characters", "k7#Qm2vLx9"],
    ["a password that only contains a name among much else", "ada rides the midnight tram home"],
    ["non-Latin characters, counted as characters", "пароль-для-игры"],
  ])("accepts %s", (_case, password) => {
    expect(codes(password)).toEqual([]);
  });

  it.each([
    ["nine characters", "k7#Qm2vLx", "too_short"],
    ["an empty password", "", "too_short"],
    ["257 characters", "ab1-".repeat(64) + "x", "too_long"],
    ["one repeated character", "aaaaaaaaaaaa", "too_repetitive"],
    ["a two-character pattern", "abababababab", "too_repetitive"],
    ["a top password", "1234567890", "too_common"],
    ["a top password in another case", "QwertyUiop", "too_common"],
    ["a common root with digits and a symbol", "Password2024!", "too_common"],
    ["the email with a digit", "ada.lovelace@example.com1", "too_close_to_email_or_name"],
    ["the name without spaces and a year", "AdaLovelace1815", "too_close_to_email_or_name"],
    ["the local part twice", "lovelacelovelace", "too_close_to_email_or_name"],
  ])("refuses %s", (_case, password, code) => {
    expect(codes(password)).toContain(code);
  });

  it("gives every reason, each with a message", () => {
    const problems = checkPasswordStrength("password", account);
    expect(problems.map((p) => p.code).sort()).toEqual(["too_common", "too_short"]);
    for (const p of problems) expect(p.message).toMatch(/\w{3,}/);
  });
});
