// Abbreviations players type for a title, derived at index time: the initial letters with numbers kept
// whole ("Final Fantasy VI" → ff 6 / ff vi, "Super Mario World" → smw), for the whole title, its series
// name (before a colon or dash) and its subtitle ("A Link to the Past" → lttp and alttp). An abbreviation
// is a token list, letters and numbers apart, so that the index's compounds and numeral aliases serve it
// like any title: "ff6", "ff 6", "ffvi" and "ff six" all meet it.
import { isNumeral, numeralAlias, tokenize } from "../normalize";

/** Where a title's series name ends and its subtitle starts: "Zelda II: …", "Zelda II - The Adventure …". */
const PART_SEPARATOR = /\s*:\s*|\s+[-–—]\s+/;
/** Players drop a leading article ("lttp") and some keep it ("alttp", "tloz"): both are derived. */
const ARTICLES = new Set(["the", "a", "an"]);
/** Longer runs of initials are nobody's abbreviation, only index weight. */
const MAX_INITIALS = 6;
const MAX_WORDS = 8;

export interface Abbreviation {
  tokens: string[];
  /** Read "V", "X" or "I" as a number ("Mega Man X" → mm 10): a guess that must count for less. */
  ambiguous: boolean;
  /**
   * Of a series name or subtitle only: "smb 3" of "Super Mario Advance 4: Super Mario Bros. 3" names that
   * game less surely than the same letters derived from all of "Super Mario Bros. 3".
   */
  partial: boolean;
}

/** True for a word of ASCII letters and digits only (titles in other scripts get no initials). */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  return word.length > 0;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Initials of one title part as tokens, written twice: numbers as the title writes them and in their other
 * spelling (roman ↔ arabic, up to 29). Null when they would not make an abbreviation (too few letters,
 * too many, or non-Latin words). Built in one pass without intermediate objects: it runs for every title.
 */
function initials(words: readonly string[], from: number): { written: string[]; other: string[] | null; guess: boolean } | null {
  const count = words.length - from;
  if (count < 2 || count > MAX_WORDS) return null;
  const written: string[] = [];
  const other: string[] = [];
  let hasOther = false;
  let guess = false;
  let run = "";
  let letters = 0;
  let length = 0;
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? "";
    if (!isPlain(word)) return null;
    const digit = isDigit(word.charCodeAt(0));
    // A single letter opening a title is a word ("X-Men"); later, as in "Mega Man X", it may be a numeral.
    if ((digit || i > from || word.length > 1) && isNumeral(word)) {
      if (run !== "") {
        written.push(run);
        other.push(run);
        run = "";
      }
      const alias = numeralAlias(word);
      written.push(word);
      other.push(alias?.token ?? word);
      hasOther ||= alias !== null;
      guess ||= !digit && word.length === 1;
      length += word.length;
    } else {
      run += word[0];
      letters++;
      length++;
    }
  }
  if (run !== "") {
    written.push(run);
    other.push(run);
  }
  if (letters < 2 || letters > MAX_INITIALS || length < 3) return null;
  return { written, other: hasOther ? other : null, guess };
}

/**
 * The parts worth abbreviating, as token lists: the whole title, and, when it has a subtitle, the series
 * name and each subtitle. `tokens` are the whole title's, when the caller has them already.
 */
function titleParts(title: string, tokens: readonly string[]): Array<readonly string[]> {
  if (!PART_SEPARATOR.test(title)) return [tokens];
  const parts = title
    .split(PART_SEPARATOR)
    .map(tokenize)
    .filter((part) => part.length > 0);
  return parts.length > 1 ? [tokens, ...parts] : [tokens];
}

/**
 * The abbreviations of a title (none for one-word titles, non-Latin titles or very long ones).
 *
 * @example deriveAbbreviations("Final Fantasy VI") // [{ tokens: ["ff", "vi"] }, { tokens: ["ff", "6"] }]
 * @example deriveAbbreviations("The Legend of Zelda: A Link to the Past").map((a) => a.tokens.join(" "))
 *   // ["tloz", "loz", "alttp", "lttp"] (the whole title's nine initials are too many)
 */
export function deriveAbbreviations(title: string, tokens: readonly string[] = tokenize(title)): Abbreviation[] {
  // Most titles are one or two words: the cheap check comes first.
  if (tokens.length < 2 || tokens.length > MAX_WORDS * 2) return [];
  const found: Abbreviation[] = [];
  const add = (abbreviation: Abbreviation) => {
    const key = abbreviation.tokens.join(" ");
    if (!found.some((f) => f.tokens.join(" ") === key)) found.push(abbreviation);
  };
  for (const [part, words] of titleParts(title, tokens).entries()) {
    for (let from = 0; from <= (ARTICLES.has(words[0] ?? "") ? 1 : 0); from++) {
      const made = initials(words, from);
      if (!made) continue;
      add({ tokens: made.written, ambiguous: false, partial: part > 0 });
      // The arabic reading of a lone V or X is the guess; the letters themselves are what was written.
      if (made.other) add({ tokens: made.other, ambiguous: made.guess, partial: part > 0 });
    }
  }
  return found;
}
