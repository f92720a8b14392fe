import { describe, expect, it } from "vitest";

import { parseReleaseTitle } from "@/lib/catalog/import/parse-release-title";
import { titleKey } from "@/lib/catalog/import/title-key";

describe("parseReleaseTitle", () => {
  it.each([
    ["Pokémon - Red Version (Australia, Europe, USA)", "Pokémon: Red Version", ["Australia", "Europe", "USA"]],
    ["The Legend of Zelda - A Link to the Past (Europe)", "The Legend of Zelda: A Link to the Past", ["Europe"]],
    ["Zelda no Densetsu - Kamigami no Triforce (Japan, Rev. B)", "Zelda no Densetsu: Kamigami no Triforce", ["Japan"]],
    ["Tetris (UK) (CPM) [Mirrorsoft] [Original]", "Tetris", ["UK"]],
    ["TETRIS", "Tetris", []],
    ["Tetris_95__ENGLISH-FRENCH-GERMAN", "Tetris 95 ENGLISH-FRENCH-GERMAN", []],
    ["SIMCITY", "Simcity", []],
    ["Tetris '95 v1.0 (Power System)", "Tetris '95", []],
    ["Ms. Pac-Man (Australia, Europe)", "Ms. Pac-Man", ["Australia", "Europe"]],
  ])("cleans %j to %j", (description, title, regions) => {
    const parsed = parseReleaseTitle(description);
    expect(parsed.title).toBe(title);
    expect(parsed.regions).toEqual(regions);
  });

  it("moves a trailing article to the front", () => {
    expect(parseReleaseTitle("Legend of Zelda, The (USA)").title).toBe("The Legend of Zelda");
  });

  it("separates revisions and statuses from other tags", () => {
    const parsed = parseReleaseTitle("Mega Man III (USA, sample) [Rev 1]");
    expect(parsed.status).toBe("sample");
    expect(parsed.revision).toBe("Rev 1");
    expect(parsed.regions).toEqual(["USA"]);
    const tagged = parseReleaseTitle("Tetris (UK) (CPM) [Mirrorsoft]");
    expect(tagged.tags).toEqual(["CPM", "Mirrorsoft"]);
  });

  it("keeps the description when nothing but tags is left", () => {
    expect(parseReleaseTitle("(Japan)").title).toBe("(Japan)");
  });
});

describe("titleKey", () => {
  it("ignores case, accents, punctuation, ' - ' vs ': ', '&' vs 'and' and a leading article", () => {
    expect(titleKey("The Legend of Zelda - A Link to the Past")).toBe(titleKey("Legend of Zelda: a Link to the Past"));
    expect(titleKey("Pokémon: Red Version")).toBe("pokemon red version");
    expect(titleKey("Ghouls 'N Ghosts")).toBe(titleKey("Ghouls N Ghosts"));
    expect(titleKey("Mario & Luigi")).toBe("mario and luigi");
  });

  it("keeps numerals as written, so 'Mega Man II' (Game Boy) is not 'Mega Man 2' (NES)", () => {
    expect(titleKey("Mega Man II")).not.toBe(titleKey("Mega Man 2"));
  });
});
