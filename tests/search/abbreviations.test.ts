// The abbreviation rules (lib/search/abbreviations), on titles as the catalog writes them, and the curated
// list's shape. How abbreviations rank against real titles is in search-abbreviations.test.ts.
import { describe, expect, it } from "vitest";

import { CURATED_ALIASES, curatedAliasesByTitle } from "@/lib/search/abbreviations/curated-aliases";
import { deriveAbbreviations } from "@/lib/search/abbreviations/derive-abbreviations";

/** Derived abbreviations as "tokens joined by spaces" strings. */
const derived = (title: string) => deriveAbbreviations(title).map((a) => a.tokens.join(" "));

describe("deriveAbbreviations", () => {
  it.each([
    ["Super Mario World", ["smw"]],
    ["Donkey Kong Country", ["dkc"]],
    ["Metal Gear Solid", ["mgs"]],
    // Numbers are kept whole, in the title's spelling and the other one.
    ["Final Fantasy VI", ["ff vi", "ff 6"]],
    ["Super Mario Bros. 3", ["smb 3", "smb iii"]],
    ["Mortal Kombat II", ["mk ii", "mk 2"]],
    ["Super Street Fighter II Turbo", ["ssf ii t", "ssf 2 t"]],
    // Past 29 a number has no roman spelling.
    ["Mario Kart 64", ["mk 64"]],
    ["The King of Fighters '98", ["tkof 98", "kof 98"]],
  ])("%s → %j", (title, expected) => {
    expect(derived(title)).toEqual(expected);
  });

  it("derives the series name and the subtitle apart, with and without a leading article", () => {
    expect(derived("The Legend of Zelda: A Link to the Past")).toEqual(["tloz", "loz", "alttp", "lttp"]);
    expect(derived("Castlevania: Symphony of the Night")).toContain("sotn");
    expect(derived("Zelda II - The Adventure of Link")).toEqual(expect.arrayContaining(["taol", "aol"]));
  });

  it("marks the subtitle's and series' abbreviations as partial, the whole title's not", () => {
    const byText = new Map(deriveAbbreviations("Super Mario Advance 4: Super Mario Bros. 3").map((a) => [a.tokens.join(" "), a]));
    expect(byText.get("sma 4 smb 3")?.partial).toBe(false);
    expect(byText.get("smb 3")?.partial).toBe(true);
    expect(deriveAbbreviations("Super Mario Bros. 3")[0]?.partial).toBe(false);
  });

  it("reads a lone X as a letter first and as ten only as a flagged guess", () => {
    const [letters, guess] = deriveAbbreviations("Mega Man X");
    expect(letters).toEqual({ tokens: ["mm", "x"], ambiguous: false, partial: false });
    expect(guess).toEqual({ tokens: ["mm", "10"], ambiguous: true, partial: false });
    // Opening a title, X is a word: X-Men is no "10 men".
    expect(derived("X-Men: Mutant Apocalypse").join(" ")).not.toContain("10");
  });

  it("derives nothing from one-word, non-Latin or very long titles", () => {
    expect(derived("Tetris")).toEqual([]);
    expect(derived("Metroid 2")).toEqual([]); // one letter and a number: "m2" is nobody's name for it
    expect(derived("ドラゴンクエスト III")).toEqual([]);
    expect(derived("Teenage Mutant Hero Turtles Fall of the Foot Clan")).toEqual([]);
  });
});

describe("curated aliases", () => {
  it("name a documented source for every alias", () => {
    expect(CURATED_ALIASES.length).toBeGreaterThan(0);
    for (const { alias, title, source } of CURATED_ALIASES) {
      expect(source, alias).toMatch(/^https:\/\/\S+/);
      expect(title.trim(), alias).not.toBe("");
    }
  });

  it("are keyed by the title's tokens, whatever its punctuation", () => {
    const byTitle = curatedAliasesByTitle([
      { alias: "sf2ce", title: "Street Fighter II': Special Champion Edition", source: "https://example.org" },
      { alias: "c&c", title: "Command & Conquer", source: "https://example.org" },
    ]);
    expect(byTitle.get("street fighter ii special champion edition")).toEqual([["sf", "2", "ce"]]);
    expect(byTitle.get("command and conquer")).toEqual([["c", "and", "c"]]);
  });
});
