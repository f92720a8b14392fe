import { describe, expect, it } from "vitest";

import { foldText, hasDigit, isNumeral, numeralAlias, tokenize } from "@/lib/search/normalize";

describe("tokenize", () => {
  it.each([
    ["Pokémon: Red Version", ["pokemon", "red", "version"]],
    ["Ms. Pac-Man", ["ms", "pac", "man"]],
    ["F-Zero: Maximum Velocity", ["f", "zero", "maximum", "velocity"]],
    ["The Legend of Zelda: Link's Awakening DX", ["the", "legend", "of", "zelda", "links", "awakening", "dx"]],
    ["Ghouls'n Ghosts", ["ghoulsn", "ghosts"]],
    ["Astérix & Obélix", ["asterix", "and", "obelix"]],
    ["Rock'n’Roll Racing", ["rocknroll", "racing"]],
  ])("cuts %j into words", (title, tokens) => {
    expect(tokenize(title)).toEqual(tokens);
  });

  it("splits letters from digits, so 'megaman2', 'Mega Man 2' and 'Doom64' share their number token", () => {
    expect(tokenize("Doom64")).toEqual(["doom", "64"]);
    expect(tokenize("Rockman X3")).toEqual(["rockman", "x", "3"]);
    expect(tokenize("megaman2")).toEqual(["megaman", "2"]);
  });

  it("keeps non-Latin words whole and folds full-width forms", () => {
    expect(tokenize("ロックマン2 Dr.ワイリーの謎")).toEqual(["ロックマン", "2", "dr", "ワイリーの謎"]);
    expect(tokenize("ＦＦ３")).toEqual(["ff", "3"]);
  });

  it("returns no tokens for punctuation only, and never throws on FTS syntax", () => {
    for (const text of ["", "   ", '"', "*", "NEAR(", "-", ":", "()", "&&"]) {
      expect(() => tokenize(text)).not.toThrow();
    }
    expect(tokenize('" * - : ()')).toEqual([]);
    expect(tokenize("NEAR(zelda")).toEqual(["near", "zelda"]);
  });

  it("caps absurdly long runs so they cannot slow fuzzy matching", () => {
    const [token] = tokenize("a".repeat(500));
    expect(token).toHaveLength(40);
  });
});

describe("foldText", () => {
  it("lowercases ASCII and strips accents from everything else", () => {
    expect(foldText("SUPER Mario")).toBe("super mario");
    expect(foldText("Pokémon Édition Rouge")).toBe("pokemon edition rouge");
    expect(foldText("Brøderbund")).toBe("broderbund");
  });
});

describe("numeralAlias", () => {
  it("maps roman numerals to arabic ones and back", () => {
    expect(numeralAlias("iii")).toEqual({ token: "3", weight: 0.95 });
    expect(numeralAlias("3")).toEqual({ token: "iii", weight: 0.95 });
    expect(numeralAlias("xiv")?.token).toBe("14");
    expect(numeralAlias("20")?.token).toBe("xx");
  });

  it("weighs letters that are only sometimes numerals (X, V, I) lower", () => {
    expect(numeralAlias("x")).toEqual({ token: "10", weight: 0.6 });
    expect(numeralAlias("5")?.weight).toBe(0.6);
  });

  it("has no alias for words, zero or big numbers", () => {
    expect(numeralAlias("mix")).toBeNull();
    expect(numeralAlias("0")).toBeNull();
    expect(numeralAlias("1942")).toBeNull();
  });
});

describe("isNumeral and hasDigit", () => {
  it("recognises sequel markers", () => {
    expect(isNumeral("2")).toBe(true);
    expect(isNumeral("ii")).toBe(true);
    expect(isNumeral("1942")).toBe(true);
    expect(isNumeral("zelda")).toBe(false);
  });

  it("finds digits anywhere, including non-ASCII ones", () => {
    expect(hasDigit("x3")).toBe(true);
    expect(hasDigit("metroid")).toBe(false);
    expect(hasDigit("ロックマン٣")).toBe(true);
  });
});
