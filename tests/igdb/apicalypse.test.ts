import { describe, expect, it } from "vitest";

import { anyOf, Apicalypse, quote } from "@/lib/igdb/apicalypse";
import { buildMultiquery } from "@/lib/igdb/multiquery";
import { searchGamesQuery } from "@/lib/igdb/queries";

describe("Apicalypse builder", () => {
  it("writes every statement once, in IGDB's syntax", () => {
    const body = Apicalypse.query()
      .fields(["name", "platforms.name"])
      .exclude(["summary"])
      .search("zelda")
      .where("version_parent = null")
      .sort("first_release_date", "desc")
      .limit(20)
      .offset(40)
      .build();
    expect(body).toBe(
      'fields name,platforms.name; exclude summary; search "zelda"; where version_parent = null; sort first_release_date desc; limit 20; offset 40;',
    );
  });

  it("escapes quotes and backslashes so user text cannot break out of a string", () => {
    expect(quote('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    const body = Apicalypse.query().search('x"; fields *; where id = 1').build();
    expect(body).toBe('search "x\\"; fields *; where id = 1";');
  });

  it("clamps limit to IGDB's 1..500 and offset to ≥ 0", () => {
    expect(Apicalypse.query().limit(10_000).offset(-5).build()).toBe("limit 500; offset 0;");
    expect(Apicalypse.query().limit(0).build()).toBe("limit 1;");
  });

  it("parenthesises ANDed conditions", () => {
    expect(
      Apicalypse.query()
        .where("a = 1 | b = 2")
        .where(`id = ${anyOf([1, 2])}`)
        .build(),
    ).toBe("where (a = 1 | b = 2) & (id = (1,2));");
  });

  it("adds platform and year filters to a search", () => {
    const body = searchGamesQuery("tetris", 10, { platformId: 7, year: 1989 });
    expect(body).toContain('search "tetris";');
    expect(body).toContain("(platforms = (7))");
    expect(body).toContain(`(first_release_date >= ${Date.UTC(1989, 0, 1) / 1000} & first_release_date < ${Date.UTC(1990, 0, 1) / 1000})`);
  });
});

describe("multiquery body", () => {
  it("names each query and refuses more than 10", () => {
    expect(buildMultiquery([{ name: "a", endpoint: "games/count", body: "where id > 1;" }])).toBe(
      'query games/count "a" { where id > 1; };',
    );
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: String(i), endpoint: "games", body: "fields name;" }));
    expect(() => buildMultiquery(eleven)).toThrow(RangeError);
  });
});
