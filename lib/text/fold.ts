// Accent and case folding shared by the catalog importer (grouping keys) and the search engine.
// It has no dependencies so that both sides can use it without importing each other.

const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const SPECIAL_RE = /[ßæœøłđðþı]/g;
const COMBINING_MARKS_RE = /\p{M}+/gu;

/**
 * Lowercases and removes diacritics, so "Pokémon" and "POKEMON" compare equal.
 * Full-width forms are folded too (NFKD), which matters for Japanese release titles.
 *
 * @example fold("Pokémon - Édition Rouge") // "pokemon - edition rouge"
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS_RE, "")
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

/** Kebab-case URL slug from any title; empty input gives "". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}
