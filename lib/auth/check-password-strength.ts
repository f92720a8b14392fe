// The sign-up password rules, in the spirit of NIST SP 800-63B: length over composition rules (no "one digit,
// one symbol" demands), and a refusal of what guessers try first: common passwords and the user's own
// email or name.
import { COMMON_PASSWORDS, COMMON_ROOTS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase; bounds the work one sign-up can ask of argon2. */
export const PASSWORD_MAX_LENGTH = 256;

export interface PasswordProblem {
  code: "too_short" | "too_long" | "too_repetitive" | "too_common" | "too_close_to_email_or_name";
  message: string;
}

/**
 * What is wrong with a password for this account; an empty list means it is acceptable.
 *
 * @example
 * checkPasswordStrength("ada@example.com1", { email: "ada@example.com" });
 * // → [{ code: "too_close_to_email_or_name", message: "…" }]
 */
export function checkPasswordStrength(password: string, account: { email: string; name?: string | null }): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length; // characters, not UTF-16 units
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: "too_short", message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({ code: "too_long", message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` });
  }
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) {
    problems.push({ code: "too_repetitive", message: "Use more than a few different characters." });
  }
  if (isCommon(lower)) {
    problems.push({ code: "too_common", message: "This password is one of the most common ones; guessers try it first." });
  }
  if (isMostlyAccount(lower, account)) {
    problems.push({ code: "too_close_to_email_or_name", message: "Most of this password is your email address or name." });
  }
  return problems;
}

function isCommon(lower: string): boolean {
  // "Password2024!" is "password" with a suffix every guessing tool appends.
  const root = lower.replace(/[\d\W_]+$/u, "");
  return COMMON_PASSWORDS.has(lower) || COMMON_ROOTS.has(root);
}

// "Mostly": once the email, its local part and the name (and their words) are taken out, less than half of
// the password, or fewer than 6 characters, is left.
function isMostlyAccount(lower: string, { email, name }: { email: string; name?: string | null }): boolean {
  const local = email.toLowerCase().split("@", 1)[0] ?? "";
  const nameLower = (name ?? "").toLowerCase();
  const parts = [email.toLowerCase(), local, ...local.split(/[._+-]+/), nameLower, nameLower.replace(/\s+/g, ""), ...nameLower.split(/\s+/)]
    .filter((part) => part.length >= 3)
    .sort((a, b) => b.length - a.length); // longest first, so "adalovelace" goes before "ada"
  let rest = lower;
  for (const part of parts) rest = rest.split(part).join("");
  if (rest === lower) return false;
  return rest.length < 6 || rest.length < lower.length / 2;
}
