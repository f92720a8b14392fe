import { describe, expect, it } from "vitest";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { buildSearchData } from "@/lib/search/engine/build-search-data";
import { allowedEdits, MatchWeight, planQuery, type QueryToken } from "@/lib/search/engine/plan-query";

let nextId = 1;
const doc = (title: string, ...alternatives: string[]): SearchDocument => ({
  id: nextId++,
  titles: [title, ...alternatives],
  popularity: 50,
  platformIds: [],
  years: [],
  sortName: title,
  firstReleaseDate: null,
});

const data = buildSearchData([
  doc("Final Fantasy III"),
  doc("Final Fantasy 3D Demo"),
  doc("Mega Man X"),
  doc("Ms. Pac-Man"),
  doc("SimCity"),
  doc("Sim City 2000"),
  doc("F-Zero"),
  doc("Castlevania"),
  doc("Castle of Illusion"),
  doc("Chrono Trigger"),
  // "the" and "of" are in most titles of this catalog, as they are in real ones.
  ...Array.from({ length: 60 }, (_, i) => doc(`The Tale of Nothing ${i + 100}`)),
]);

/** Expansions of a planned token as "term:weight" strings, best first. */
const expansions = (token: QueryToken | undefined) =>
  (token?.expansions ?? []).map((e) => `${data.vocabulary.termOf(e.term)}:${Math.round(e.weight * 100) / 100}`);
const terms = (token: QueryToken | undefined) => (token?.expansions ?? []).map((e) => data.vocabulary.termOf(e.term));

describe("allowedEdits", () => {
  it("tolerates no typo in short words, one from 4 letters, two from 8", () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe("planQuery", () => {
  it("matches a numeral through its other spelling, as an alias beside the exact form", () => {
    const [, , three] = planQuery("final fantasy 3", data).tokens;
    expect(expansions(three)[0]).toBe("3:1");
    expect(expansions(three)).toContain("iii:0.95");
  });

  it("keeps the letter X of 'Mega Man X' first, with 10 only a weak alias", () => {
    const x = planQuery("mega man x", data).tokens[2];
    expect(terms(x)[0]).toBe("x");
    expect(x?.expansions.find((e) => data.vocabulary.termOf(e.term) === "10")).toBeUndefined(); // no "10" in this catalog
  });

  it("joins adjacent query words that a title writes as one ('sim city' → SimCity)", () => {
    const [sim, city] = planQuery("sim city", data).tokens;
    expect(terms(sim)).toContain("simcity");
    expect(terms(city)).toContain("simcity");
    expect(sim?.expansions.find((e) => data.vocabulary.termOf(e.term) === "simcity")?.weight).toBe(MatchWeight.joined);
  });

  it("finds words a title splits, through its indexed compounds ('fzero', 'mspacman')", () => {
    expect(terms(planQuery("fzero", data).tokens[0])[0]).toBe("fzero");
    expect(terms(planQuery("mspacman", data).tokens[0])[0]).toBe("mspacman");
  });

  it("completes the last word only, frequent completions first, and remembers what was typed", () => {
    const { tokens } = planQuery("castl", data);
    expect(terms(tokens[0])).toEqual(expect.arrayContaining(["castle", "castlevania", "castleof"]));
    expect(terms(tokens[0])).not.toContain("chrono");
    expect(tokens[0]?.expansions.every((e) => e.typed === 5)).toBe(true);
    expect(terms(planQuery("castl trigger", data).tokens[0])).not.toContain("castlevania");
  });

  it("checks a short word being typed on titles instead of expanding it, when other words choose", () => {
    // Eighty distinct words starting with "r" ("rab", "rac", …), more than completions may list.
    const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));
    const many = buildSearchData([doc("Road Rash"), ...Array.from({ length: 80 }, (_, i) => doc(`R${letters(i)} Quest`))]);
    const [road, r] = planQuery("road r", many).tokens;
    expect(road?.required).toBe(true);
    expect(r).toMatchObject({ required: false, verifyPrefix: true });
    expect(planQuery("r", many).tokens[0]).toMatchObject({ required: true, verifyPrefix: false });
    // Completing to the word typed just before would match one title word twice.
    expect(terms(planQuery("castle c", data).tokens[1])).not.toContain("castle");
  });

  it("completes one-edit variants of a word typed with a typo", () => {
    const [castlvan] = planQuery("castlvan", data).tokens;
    expect(terms(castlvan)).toContain("castlevania");
    expect(castlvan?.expansions.find((e) => data.vocabulary.termOf(e.term) === "castlevania")?.weight).toBeLessThan(0.7);
  });

  it("corrects typos by edit distance, weighting them below exact matches", () => {
    const [chrono, trigger] = planQuery("chrono triger", data).tokens;
    expect(terms(chrono)[0]).toBe("chrono");
    expect(expansions(trigger)).toContain("trigger:0.72");
  });

  it("does not require words found in a large share of games, unless the query has nothing else", () => {
    const tokens = planQuery("the tale of 104", data).tokens;
    expect(tokens.map((t) => [t.text, t.required])).toEqual([
      ["the", false],
      ["tale", false],
      ["of", false],
      ["104", true],
    ]);
    expect(planQuery("the of", data).tokens.every((t) => t.required)).toBe(true);
  });

  it("always requires numerals, however common", () => {
    const common = buildSearchData(Array.from({ length: 80 }, (_, i) => doc(`Game ${i % 3 === 0 ? "2" : "Z"} ${i}`)));
    expect(planQuery("game 2", common).tokens.map((t) => t.required)).toEqual([false, true]);
  });

  it("deduplicates repeated words and never throws on odd input", () => {
    expect(planQuery("zelda zelda", data).tokens).toHaveLength(1);
    for (const q of ['"', "*", "NEAR(", "-", ":", "", " ".repeat(1000), "x".repeat(5000), "\u0000\uffff", "🎮"]) {
      expect(() => planQuery(q, data)).not.toThrow();
    }
    expect(planQuery(" -:* ", data).tokens).toEqual([]);
  });
});
