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
  // Too long ends the check: every later one costs time in the password's length, and a caller that skipped
  // the schema's bound must not turn this into a way to hold the event loop. More than two UTF-16 units per
  // allowed character is too long whatever the script, without counting characters at all.
  const length = password.length > PASSWORD_MAX_LENGTH * 2 ? Infinity : countCharacters(password);
  if (length > PASSWORD_MAX_LENGTH) {
    return [{ code: "too_long", message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }];
  }
  const problems: PasswordProblem[] = [];
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: "too_short", message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` });
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

/** Characters (code points), not UTF-16 units. */
function countCharacters(text: string): number {
  let count = 0;
  const characters = text[Symbol.iterator]();
  while (!characters.next().done) count++;
  return count;
}

function isCommon(lower: string): boolean {
  // "Password2024!" is "password" with a suffix every guessing tool appends.
  return COMMON_PASSWORDS.has(lower) || COMMON_ROOTS.has(stripTrailingNonLetters(lower));
}

/**
 * `text` without its trailing digits, punctuation and other non-letters: "password2024!" → "password".
 * What `text.replace(/[\d\W_]+$/u, "")` did, in one pass from the end: that regex is retried from every
 * position of a non-letter run that is followed by a letter, so it backtracks quadratically ("0"×200,000 + "a"
 * took tens of seconds). Letters are ASCII a–z/A–Z only, as \w's are.
 */
export function stripTrailingNonLetters(text: string): string {
  let end = text.length;
  while (end > 0 && !isAsciiLetter(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
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
