// Numbers written out as words, one to twenty, and their ordinals: "resident evil three" finds
// "Resident Evil 3", "the seventh guest" finds "The 7th Guest". Titles past twenty rarely spell numbers
// out, and "twenty one" would need a second word; both stay literal.

const CARDINALS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];

const CARDINAL_VALUE = new Map(CARDINALS.map((word, i) => [word, i + 1]));
const ORDINAL_VALUE = new Map(ORDINALS.map((word, i) => [word, i + 1]));

/** The suffix a title writes after an ordinal number: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** 1–20 for "one" … "twenty", else null. */
export function cardinalValue(word: string): number | null {
  return CARDINAL_VALUE.get(word) ?? null;
}

/** 1–20 for "first" … "twentieth", else null. */
export function ordinalValue(word: string): number | null {
  return ORDINAL_VALUE.get(word) ?? null;
}

/** "seven" for 7, null past twenty. */
export function cardinalWord(n: number): string | null {
  return CARDINALS[n - 1] ?? null;
}

/** "seventh" for 7, null past twenty. */
export function ordinalWord(n: number): string | null {
  return ORDINALS[n - 1] ?? null;
}
