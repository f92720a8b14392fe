import { describe, expect, it } from "vitest";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { buildSearchData } from "@/lib/search/engine/build-search-data";
import { osaDistance } from "@/lib/search/engine/osa-distance";

/** Textbook optimal-string-alignment distance, unbounded: the reference for the banded version. */
function referenceOsa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Deterministic pseudo-random words over a small alphabet, so that near misses are common. */
function* words(count: number, seed = 7): Generator<string> {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  for (let n = 0; n < count; n++) {
    const length = 1 + (next() % 9);
    yield Array.from({ length }, () => "abcde"[next() % 5]).join("");
  }
}

describe("osaDistance", () => {
  it.each([
    ["metriod", "metroid", 1],
    ["zeldda", "zelda", 1],
    ["castlevana", "castlevania", 1],
    ["triger", "trigger", 1],
    ["ca", "abc", 3],
    ["", "abc", 3],
  ])("osaDistance(%j, %j) is %i", (a, b, distance) => {
    expect(osaDistance(a, b, 3)).toBe(distance);
  });

  it("counts a transposition as one edit, unlike Levenshtein", () => {
    expect(osaDistance("tetirs", "tetris", 1)).toBe(1);
  });

  it("agrees with the unbounded reference, reporting max + 1 past the bound", () => {
    const list = [...words(120)];
    for (const a of list) {
      for (const b of list.slice(0, 40)) {
        for (const max of [1, 2]) {
          const expected = referenceOsa(a, b);
          expect(osaDistance(a, b, max), `${a} ~ ${b} (max ${max})`).toBe(expected <= max ? expected : max + 1);
        }
      }
    }
  });
});

const doc = (id: number, title: string): SearchDocument => ({
  id,
  titles: [title],
  popularity: 50,
  platformIds: [],
  years: [],
  sortName: title,
  firstReleaseDate: null,
});

describe("fuzzy term lookup", () => {
  const titles = [
    "Metroid",
    "Metroid Fusion",
    "Chrono Trigger",
    "Tiger Heli",
    "Castlevania",
    "Zelda",
    "Mega Man",
    "Rockman X2",
    "Monster Max",
    "Munsters",
    ...words(300, 11),
  ];
  const data = buildSearchData(titles.map((title, i) => doc(i + 1, title)));
  const termsOf = (ids: number[]) => ids.map((id) => data.vocabulary.termOf(id)).sort();
  const vocabulary = Array.from({ length: data.vocabulary.size }, (_, id) => id);

  it("finds the terms one typo away, including through compounds", () => {
    expect(termsOf(data.deletions.findOneEdit("metriod"))).toEqual(["metroid"]);
    expect(termsOf(data.deletions.findOneEdit("triger"))).toEqual(["tiger", "trigger"]);
    expect(termsOf(data.deletions.findOneEdit("megamna"))).toContain("megaman");
  });

  it("returns exactly the indexed words and pairs at distance 1 (deletion index vs brute force)", () => {
    const indexed = vocabulary.filter((id) => {
      const term = data.vocabulary.termOf(id);
      return (data.vocabulary.kinds[id]! & 3) !== 0 && term.length >= 3 && !/\d/.test(term);
    });
    for (const query of [...words(60, 3), "metroid", "castlevana", "zeldaa"]) {
      const expected = indexed.filter((id) => referenceOsa(query, data.vocabulary.termOf(id)) === 1);
      expect(termsOf(data.deletions.findOneEdit(query)), query).toEqual(termsOf(expected));
    }
  });

  it("finds two-typo matches among long words (bigram index vs brute force)", () => {
    const longWords = vocabulary.filter((id) => (data.vocabulary.kinds[id]! & 1) !== 0 && data.vocabulary.termOf(id).length >= 6);
    for (const query of ["castlvaina", "chronno", "metroidd", "monsterz", "fusionnn"]) {
      const expected = longWords.filter((id) => {
        const distance = referenceOsa(query, data.vocabulary.termOf(id));
        return distance >= 1 && distance <= 2;
      });
      expect(termsOf(data.bigrams.findSimilar(query, 2).map((m) => m.termId)), query).toEqual(termsOf(expected));
    }
    expect(termsOf(data.bigrams.findSimilar("castlvaina", 2).map((m) => m.termId))).toEqual(["castlevania"]);
  });
});
