import { describe, expect, it } from "vitest";

import { looksLikeSameGame } from "@/lib/catalog/import/bond-clones";
import { titleKey } from "@/lib/catalog/import/title-key";

const same = (clone: string, parent: string) => looksLikeSameGame(titleKey(clone), titleKey(parent), clone, parent);

describe("looksLikeSameGame", () => {
  it("keeps translations and regional titles with their parent", () => {
    expect(same("Rockman 2: Dr. Wily no Nazo", "Mega Man 2")).toBe(true);
    expect(same("Pocket Monsters Aka", "Pokémon: Red Version")).toBe(true);
    expect(same("Rockman World 2", "Mega Man II")).toBe(true);
  });

  it("splits sequels, editions and compilations filed as clones", () => {
    expect(same("Ghostbusters II", "Ghostbusters")).toBe(false);
    expect(same("Football Manager World Cup Edition", "Football Manager")).toBe(false);
    expect(same("Football Manager 3", "Football Manager World Cup Edition")).toBe(false);
    expect(same("Ghostbusters 2 & Golden Axe", "Ghostbusters")).toBe(false);
  });
});
