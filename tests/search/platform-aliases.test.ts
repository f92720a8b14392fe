// The platform alias table built from the catalog's platforms (rows as the imported catalog has them),
// and the spelled-out numbers that queries may use.
import { describe, expect, it } from "vitest";

import { numberAliases } from "@/lib/search/normalize";
import { PlatformAliases, platformPhrases } from "@/lib/search/platforms/platform-aliases";

import { CATALOG_PLATFORMS } from "./catalog-platforms";

const aliases = PlatformAliases.build(CATALOG_PLATFORMS);

/** The platform ids each query word run names, as "words → ids". */
const mentions = (query: string) => {
  const tokens = query.split(" ");
  return aliases.find(tokens).map((m) => `${tokens.slice(m.start, m.start + m.length).join(" ")} → ${m.platformIds.join(",")}`);
};

describe("PlatformAliases", () => {
  it.each([
    ["metroid nes", ["nes → 289"]],
    ["zelda snes", ["snes → 413"]],
    ["zelda super nintendo", ["super nintendo → 413"]],
    ["zelda super famicom", ["super famicom → 413"]],
    ["mario n 64", ["n 64 → 287"]],
    ["mario nintendo 64", ["nintendo 64 → 287"]],
    ["sonic genesis", ["genesis → 367"]],
    ["sonic mega drive", ["mega drive → 367"]],
    ["sonic sega mega drive", ["sega mega drive → 367"]],
    ["tetris game boy", ["game boy → 161"]],
    ["tetris gb", ["gb → 161"]],
    ["pokemon gba", ["gba → 162"]],
    ["pokemon game boy advance", ["game boy advance → 162"]],
    ["pokemon gbc", ["gbc → 164"]],
    ["ridge racer psx", ["psx → 329"]],
    ["ridge racer ps 1", ["ps 1 → 329"]],
    ["ghostbusters c 64", ["c 64 → 91"]],
    ["bomberman saturn", ["saturn → 370"]],
    ["doom pc", ["pc → 180"]],
  ])("%s: %j", (query, expected) => {
    expect(mentions(query)).toEqual(expected);
  });

  it("finds nothing in a query without platform words", () => {
    expect(mentions("super mario world")).toEqual([]);
    expect(mentions("street fighter ii")).toEqual([]);
  });

  it("derives short names only for platforms with many games (a rare platform keeps its full name)", () => {
    const phrases = (slug: string) => platformPhrases(CATALOG_PLATFORMS.find((p) => p.slug === slug)!).map((t) => t.join(" "));
    expect(phrases("nintendo-virtual-boy")).toEqual(["nintendo virtual boy"]);
    expect(phrases("nintendo-entertainment-system")).toEqual(expect.arrayContaining(["nintendo entertainment system", "nes"]));
    // Parenthesised notes are no part of the name.
    expect(phrases("nec-pc-8001-n-basic")[0]).toBe("nec pc 8001");
  });
});

describe("numberAliases", () => {
  it.each([
    ["three", ["3", "iii"]],
    ["seven", ["7", "vii"]],
    ["twenty", ["20", "xx"]],
    ["7", ["vii", "seven"]],
    ["vii", ["7", "seven"]],
    ["seventh", ["7th"]],
    ["second", ["2nd"]],
    ["eleventh", ["11th"]],
    ["twentyone", []],
    ["21", ["xxi"]],
  ])("%s → %j", (token, expected) => {
    expect(numberAliases(token).map((a) => a.token)).toEqual(expected);
  });

  it("weighs the readings where a number word is more often just a word, or a letter, as guesses", () => {
    const weight = (token: string, alias: string) => numberAliases(token).find((a) => a.token === alias)?.weight;
    expect(weight("one", "1")).toBeLessThan(weight("three", "3")!);
    expect(weight("x", "ten")).toBeLessThan(weight("ten", "10")!);
  });
});
