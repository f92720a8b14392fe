// The labelled queries of the search benchmark (scripts/bench/search-queries.json) over the catalog that
// global-setup imported from the real MAME data: the engine must keep finding what people look for.
import { readFileSync } from "node:fs";

import Database from "better-sqlite3";
import { beforeAll, describe, expect, inject, it } from "vitest";

import { readSearchDocuments } from "@/lib/catalog/read-search-documents";
import { readSearchPlatforms } from "@/lib/catalog/read-search-platforms";
import { SearchIndex } from "@/lib/search/search-index";

interface LabelledQuery {
  q: string;
  expect: string;
  kind: string;
}

const K = 5;
const labelled = JSON.parse(readFileSync("scripts/bench/search-queries.json", "utf8")) as LabelledQuery[];

let index: SearchIndex;
let slugOf: Map<number, string>;
let slugs: Set<string>;

beforeAll(() => {
  const db = new Database(inject("catalogPath"), { readonly: true, fileMustExist: true });
  try {
    const games = db.prepare("SELECT id, slug FROM games").all() as Array<{ id: number; slug: string }>;
    slugOf = new Map(games.map((g) => [g.id, g.slug]));
    slugs = new Set(slugOf.values());
    index = SearchIndex.build(readSearchDocuments(db), { platforms: readSearchPlatforms(db) });
  } finally {
    db.close();
  }
});

describe("labelled search queries over the imported catalog", () => {
  it("has at least 80 queries covering every kind of tolerance", () => {
    expect(labelled.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(labelled.map((l) => l.kind));
    for (const kind of ["exact", "typo", "accent", "numeral", "prefix", "punctuation", "word-order", "alt-title", "multi-word"]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it("expects only games that exist", () => {
    expect(labelled.filter((l) => !slugs.has(l.expect)).map((l) => l.expect)).toEqual([]);
  });

  it(`finds the expected game in the top ${K} for at least 95% of queries`, () => {
    const misses = labelled
      .map((l) => ({ ...l, top: index.search(l.q, { limit: K, offset: 0, sort: "relevance" }).hits.map((h) => slugOf.get(h.id)) }))
      .filter((l) => !l.top.includes(l.expect));
    const hitRate = 1 - misses.length / labelled.length;
    expect(hitRate, `misses: ${JSON.stringify(misses, null, 1)}`).toBeGreaterThanOrEqual(0.95);
  });

  it.each(["abbreviation", "platform", "year", "number-word"])(
    `finds the expected game in the top ${K} for at least 90%% of the %s queries`,
    (kind) => {
      const ofKind = labelled.filter((l) => l.kind === kind);
      expect(ofKind.length).toBeGreaterThanOrEqual(10);
      const misses = ofKind.filter((l) => {
        const top = index.search(l.q, { limit: K, offset: 0, sort: "relevance" }).hits.map((h) => slugOf.get(h.id));
        return !top.includes(l.expect);
      });
      expect(1 - misses.length / ofKind.length, `misses: ${misses.map((m) => m.q).join(", ")}`).toBeGreaterThanOrEqual(0.9);
    },
  );
});
