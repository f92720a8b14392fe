import { describe, expect, it } from "vitest";

import { titlesSpellQuery } from "@/lib/search/title-spells-query";

describe("titlesSpellQuery", () => {
  it("accepts literal matches, in any order, accents and case folded", () => {
    expect(titlesSpellQuery("zelda link to the past", ["The Legend of Zelda: A Link to the Past"])).toBe(true);
    expect(titlesSpellQuery("pokemon red", ["Pocket Monsters Aka", "Pokémon Red Version"])).toBe(true);
  });

  it("accepts the other numeral spelling, joined words and a last word still being typed", () => {
    expect(titlesSpellQuery("final fantasy 2", ["Final Fantasy II"])).toBe(true);
    expect(titlesSpellQuery("megaman 2", ["Mega Man 2"])).toBe(true);
    expect(titlesSpellQuery("super metr", ["Super Metroid"])).toBe(true);
  });

  it("rejects fuzzy matches, so the exact title is looked for upstream", () => {
    expect(titlesSpellQuery("crazy chaser", ["Crazy Chase"])).toBe(false);
    expect(titlesSpellQuery("metriod", ["Metroid"])).toBe(false);
    expect(titlesSpellQuery("crazy chase", [])).toBe(false);
    expect(titlesSpellQuery("", ["Anything"])).toBe(false);
  });
});

describe("titlesSpellQuery with abbreviations and numbers written out", () => {
  it("accepts a title's abbreviation as written: no reason to ask upstream for 'smw'", () => {
    expect(titlesSpellQuery("smw", ["Super Mario World"])).toBe(true);
    expect(titlesSpellQuery("ff6", ["Final Fantasy VI"])).toBe(true);
    expect(titlesSpellQuery("lttp", ["The Legend of Zelda: A Link to the Past"])).toBe(true);
    expect(titlesSpellQuery("gta", ["Grand Theft Auto"])).toBe(true);
    expect(titlesSpellQuery("resident evil three", ["Resident Evil 3"])).toBe(true);
  });

  it("still rejects letters that abbreviate another title", () => {
    expect(titlesSpellQuery("smb", ["Super Mario World"])).toBe(false);
    expect(titlesSpellQuery("ff7", ["Final Fantasy VI"])).toBe(false);
  });
});
