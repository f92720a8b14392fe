import { describe, expect, it } from "vitest";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { SearchIndex } from "@/lib/search/search-index";
import type { SearchOptions } from "@/lib/search/types";

const NES = 10;
const SNES = 20;
const GAME_BOY = 30;

const documents: SearchDocument[] = [
  {
    id: 501,
    titles: ["Super Mario Bros."],
    popularity: 83,
    platformIds: [NES],
    years: [1985, 1986],
    sortName: "super mario bros.",
    firstReleaseDate: "1985-09-13",
  },
  {
    id: 502,
    titles: ["Super Mario Bros. 3"],
    popularity: 70,
    platformIds: [NES],
    years: [1988, 1990],
    sortName: "super mario bros. 3",
    firstReleaseDate: "1988-10",
  },
  {
    id: 503,
    titles: ["Super Mario World"],
    popularity: 58,
    platformIds: [SNES],
    years: [1990, 1991],
    sortName: "super mario world",
    firstReleaseDate: "1990-11-21",
  },
  {
    id: 504,
    titles: ["Super Mario Land"],
    popularity: 45,
    platformIds: [GAME_BOY],
    years: [1989],
    sortName: "super mario land",
    firstReleaseDate: "1989",
  },
  {
    id: 505,
    titles: ["Super Mario Kart"],
    popularity: 54,
    platformIds: [SNES],
    years: [1992],
    sortName: "super mario kart",
    firstReleaseDate: "1992-08-27",
  },
  {
    id: 506,
    titles: ["Super Mario All-Stars"],
    popularity: 54,
    platformIds: [SNES],
    years: [1993],
    sortName: "super mario all-stars",
    firstReleaseDate: null,
  },
  {
    id: 507,
    titles: ["Super Mario Land 2: 6 Golden Coins"],
    popularity: 62,
    platformIds: [GAME_BOY],
    years: [1992],
    sortName: "super mario land 2",
    firstReleaseDate: "1992-10-21",
  },
  {
    id: 508,
    titles: ["Dr. Mario"],
    popularity: 60,
    platformIds: [NES, GAME_BOY],
    years: [1990],
    sortName: "dr. mario",
    firstReleaseDate: "1990-07-27",
  },
];

const index = SearchIndex.build(documents);
const search = (q: string, options: Partial<SearchOptions> = {}) =>
  index.search(q, { limit: 20, offset: 0, sort: "relevance", ...options });
const ids = (q: string, options: Partial<SearchOptions> = {}) => search(q, options).hits.map((h) => h.id);

describe("SearchIndex", () => {
  it("reports its size and accepts any iterable of documents", () => {
    expect(index.size).toBe(documents.length);
    function* generate() {
      yield* documents.slice(0, 3);
    }
    expect(SearchIndex.build(generate()).size).toBe(3);
    expect(SearchIndex.build([]).search("mario", { limit: 5, offset: 0, sort: "relevance" })).toEqual({
      hits: [],
      total: 0,
      relaxed: false,
    });
  });

  it("returns the documents' own ids", () => {
    expect(ids("super mario world")[0]).toBe(503);
  });
});

describe("filters", () => {
  it("keeps only games released on the platform", () => {
    expect(ids("mario", { platformId: SNES }).sort()).toEqual([503, 505, 506]);
    expect(ids("mario", { platformId: GAME_BOY }).sort()).toEqual([504, 507, 508]);
    expect(ids("mario", { platformId: 999 })).toEqual([]);
  });

  it("keeps only games with a release in the year, combined with the platform", () => {
    expect(ids("mario", { year: 1990 }).sort()).toEqual([502, 503, 508]);
    expect(ids("mario", { year: 1990, platformId: NES }).sort()).toEqual([502, 508]);
  });

  it("counts every match after filters in total, not only the page", () => {
    expect(search("mario", { limit: 2 }).total).toBe(8);
    expect(search("mario", { limit: 2, platformId: SNES }).total).toBe(3);
    expect(search("mario", { limit: 2 }).hits).toHaveLength(2);
  });

  it("relaxes a word only among the filtered games", () => {
    expect(ids("mario snes", { platformId: GAME_BOY }).sort()).toEqual([504, 507, 508]);
  });
});

describe("sorts", () => {
  const sorted = (sort: SearchOptions["sort"]) => ids("mario", { sort });

  it("matches the same games whatever the sort", () => {
    const relevance = [...sorted("relevance")].sort();
    for (const sort of ["popularity", "release_date", "name"] as const) {
      expect([...sorted(sort)].sort()).toEqual(relevance);
      expect(search("mario", { sort }).total).toBe(search("mario").total);
    }
  });

  it("sorts by popularity, most popular first", () => {
    expect(sorted("popularity")).toEqual([501, 502, 507, 508, 503, 506, 505, 504]);
  });

  it("sorts by release date, newest first, partial dates by what they say, undated last", () => {
    expect(sorted("release_date")).toEqual([507, 505, 503, 508, 504, 502, 501, 506]);
  });

  it("sorts by name A→Z, ignoring case and accents", () => {
    expect(sorted("name")).toEqual([508, 506, 501, 502, 505, 504, 507, 503]);
    const names = ["Zoo Keeper", "Éxcitebike", "elite", "Exerion"].map<SearchDocument>((title, i) => ({
      id: i + 1,
      titles: [title, "Shared Word"],
      popularity: 50,
      platformIds: [],
      years: [],
      sortName: title,
      firstReleaseDate: null,
    }));
    const byName = SearchIndex.build(names).search("shared word", { limit: 10, offset: 0, sort: "name" });
    expect(byName.hits.map((h) => h.id)).toEqual([3, 2, 4, 1]); // elite, Éxcitebike, Exerion, Zoo Keeper
  });
});

describe("paging", () => {
  it("pages through the same order as one long page", () => {
    for (const sort of ["relevance", "popularity", "release_date", "name"] as const) {
      const all = ids("mario", { sort, limit: 8 });
      const pages = [0, 3, 6].flatMap((offset) => ids("mario", { sort, limit: 3, offset }));
      expect(pages).toEqual(all);
    }
  });

  it("returns no hits past the end, but still the total", () => {
    expect(search("mario", { offset: 50 })).toEqual({ hits: [], total: 8, relaxed: false });
    expect(search("mario", { limit: 0 })).toEqual({ hits: [], total: 8, relaxed: false });
  });

  it("tolerates nonsensical options instead of throwing", () => {
    expect(search("mario", { limit: -5, offset: -2 }).hits).toEqual([]);
    expect(search("mario", { limit: Number.NaN, offset: Number.NaN }).hits.length).toBeGreaterThan(0);
    expect(search("mario", { limit: 2.7 }).hits).toHaveLength(2);
    expect(ids("mario", { sort: "nonsense" as SearchOptions["sort"] })).toEqual(ids("mario"));
  });
});
