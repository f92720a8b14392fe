// The tokeniser shared by the search index and by queries. Both sides must cut text the same way,
// otherwise "Ms. Pac-Man" could never be found by "ms pac man"; keep every rule here.
import { fold } from "@/lib/text/fold";

import { cardinalValue, cardinalWord, ordinalSuffix, ordinalValue } from "./number-words";

const ASCII_PRINTABLE_RE = /^[\x20-\x7e]*$/;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const DIGIT_RE = /\p{N}/u;
const APOSTROPHES = new Set(["'", "’", "‘", "`", "ʼ", "´"]);

/** Longest token kept; longer runs are URLs or garbage and would only slow fuzzy matching. */
export const MAX_TOKEN_LENGTH = 40;

const SEPARATOR = 0;
const LETTER = 1;
const DIGIT = 2;
const SKIPPED = 3; // apostrophes: "Link's" → "links"
const AMPERSAND = 4;

function classifyCode(code: number, text: string, index: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return LETTER;
    if (code >= 48 && code <= 57) return DIGIT;
    if (code === 39 || code === 96) return SKIPPED;
    return code === 38 ? AMPERSAND : SEPARATOR;
  }
  const ch = String.fromCodePoint(text.codePointAt(index) ?? code);
  if (APOSTROPHES.has(ch)) return SKIPPED;
  if (!LETTER_OR_DIGIT_RE.test(ch)) return SEPARATOR;
  return DIGIT_RE.test(ch) ? DIGIT : LETTER;
}

function pushToken(tokens: string[], token: string): void {
  if (token !== "") tokens.push(token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token);
}

/**
 * fold() (lowercase, no accents) with a fast path: most titles are plain ASCII, and Unicode
 * normalisation would otherwise dominate the index build time.
 */
export function foldText(text: string): string {
  return ASCII_PRINTABLE_RE.test(text) ? text.toLowerCase() : fold(text);
}

/**
 * Folds accents and case and cuts text into search tokens.
 * "&" reads as "and", apostrophes vanish ("Link's" → "links"), and any other non-alphanumeric run splits.
 * Letters and digits are split too ("Doom64", "MegaMan2", "X3"), so that "mega man 2", "megaman2" and
 * "Mega Man 2" all meet on the token "2"; compounds of adjacent tokens put the joined forms back.
 *
 * @example tokenize("Pokémon: Red & Blue") // ["pokemon", "red", "and", "blue"]
 * @example tokenize("Ms. Pac-Man 2") // ["ms", "pac", "man", "2"]
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  const tokens: string[] = [];
  // A token is built from slices between skipped characters, so "link's" costs two slices, not six concatenations.
  let token = "";
  let sliceStart = -1;
  let kind = SEPARATOR;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair, classified with the first
    const next = classifyCode(code, folded, i);
    if (next === LETTER || next === DIGIT) {
      if (kind !== SEPARATOR && kind !== next) {
        pushToken(tokens, token + folded.slice(sliceStart, i));
        token = "";
        sliceStart = i;
      } else if (sliceStart < 0) {
        sliceStart = i;
      }
      kind = next;
      continue;
    }
    if (sliceStart >= 0) token += folded.slice(sliceStart, i);
    sliceStart = -1;
    if (next === SKIPPED) continue;
    pushToken(tokens, token);
    token = "";
    kind = SEPARATOR;
    if (next === AMPERSAND) tokens.push("and");
  }
  pushToken(tokens, sliceStart >= 0 ? token + folded.slice(sliceStart) : token);
  return tokens;
}

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
const ROMAN_TENS = ["", "x", "xx"];
const ROMAN_TO_ARABIC = new Map<string, string>();
const ARABIC_TO_ROMAN = new Map<string, string>();
for (let n = 1; n <= 29; n++) {
  const roman = (ROMAN_TENS[Math.floor(n / 10)] ?? "") + (n % 10 === 0 ? "" : (ROMAN[(n % 10) - 1] ?? ""));
  ROMAN_TO_ARABIC.set(roman, String(n));
  ARABIC_TO_ROMAN.set(String(n), roman);
}

// Single letters that are numerals only sometimes: the "X" of "Mega Man X" is a letter, the "V" of
// "V-Rally" too. Their aliases still help ("final fantasy 5") but must count for less than a real match.
const AMBIGUOUS_NUMERALS = new Set(["i", "v", "x"]);

/** A numeral written the other way, with how much a match through it is worth (0..1). */
export interface NumeralAlias {
  token: string;
  weight: number;
}

/**
 * The other spelling of a numeral token, 1–29: "3" ↔ "iii". Aliases are matched in addition to the
 * token itself, never instead of it, so "Mega Man X" stays findable as "mega man x".
 *
 * @example numeralAlias("iii") // { token: "3", weight: 0.95 }
 * @example numeralAlias("x") // { token: "10", weight: 0.6 }
 */
export function numeralAlias(token: string): NumeralAlias | null {
  const arabic = ROMAN_TO_ARABIC.get(token);
  if (arabic !== undefined) return { token: arabic, weight: AMBIGUOUS_NUMERALS.has(token) ? 0.6 : 0.95 };
  const roman = ARABIC_TO_ROMAN.get(token);
  if (roman !== undefined) return { token: roman, weight: AMBIGUOUS_NUMERALS.has(roman) ? 0.6 : 0.95 };
  return null;
}

/** How much a match through a spelled-out number counts: "three" ↔ "3" is as plain as "3" ↔ "iii". */
const SPELLED_WEIGHT = 0.9;
/** "one" is mostly a word ("One Piece", "Xbox One"), seldom the number of a sequel. */
const WEAK_SPELLED = new Set(["one", "1", "i"]);

/**
 * Every other spelling of a number token up to twenty (twenty-nine for numerals): arabic, roman and
 * English words ("seven" ↔ "7" ↔ "vii"), and an ordinal word as titles write it ("seventh" → "7th").
 * Like numeralAlias(), these are matched beside the token itself, never instead of it.
 *
 * @example numberAliases("three") // [{ token: "3", weight: 0.9 }, { token: "iii", weight: 0.9 }]
 * @example numberAliases("seventh") // [{ token: "7th", weight: 0.9 }]
 */
export function numberAliases(token: string): NumeralAlias[] {
  const ordinal = ordinalValue(token);
  if (ordinal !== null) return [{ token: `${ordinal}${ordinalSuffix(ordinal)}`, weight: SPELLED_WEIGHT }];
  const spelled = cardinalValue(token);
  const weak = (alias: string) => (WEAK_SPELLED.has(alias) || WEAK_SPELLED.has(token) ? 0.6 : SPELLED_WEIGHT);
  if (spelled !== null) {
    const roman = ARABIC_TO_ROMAN.get(String(spelled)) ?? "";
    return [
      { token: String(spelled), weight: weak(String(spelled)) },
      { token: roman, weight: AMBIGUOUS_NUMERALS.has(roman) ? 0.6 : weak(roman) },
    ];
  }
  const alias = numeralAlias(token);
  if (!alias) return [];
  const word = cardinalWord(Number(/^\d+$/.test(token) ? token : alias.token));
  return word === null ? [alias] : [alias, { token: word, weight: Math.min(alias.weight, weak(word)) }];
}

/** True for numbers and roman numerals up to 29 ("2", "1942", "ii", "x"): sequel markers, never noise. */
export function isNumeral(token: string): boolean {
  return /^\d+$/.test(token) || ROMAN_TO_ARABIC.has(token);
}

/** True for tokens that hold a digit: they are never fuzzy-matched ("1942" is not a typo of "1943"). */
export function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (code >= 128) return DIGIT_RE.test(token);
  }
  return false;
}
