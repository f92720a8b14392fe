import { describe, expect, it } from "vitest";

import { ApicalypseError } from "@/standins/igdb/apicalypse/apicalypse-error";
import { parseMultiquery } from "@/standins/igdb/apicalypse/parse-multiquery";
import { parseQuery } from "@/standins/igdb/apicalypse/parse-query";

function errorOf(fn: () => unknown): ApicalypseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApicalypseError) return error;
    throw error;
  }
  throw new Error("expected an ApicalypseError");
}

describe("parseQuery", () => {
  it("reads every statement kind, in any order and across newlines", () => {
    const q = parseQuery(`offset 20;
      sort first_release_date desc;
      search "zelda \\"link\\"";
      where platforms = (1,2) & name ~ *"zel"*;
      fields name, platforms.slug, cover.*, *;
      exclude summary, platforms.name;
      limit 50;`);
    expect(q.fields).toEqual([["name"], ["platforms", "slug"], ["cover", "*"], ["*"]]);
    expect(q.exclude).toEqual([["summary"], ["platforms", "name"]]);
    expect(q.search).toBe('zelda "link"');
    expect(q.sort).toMatchObject({ field: "first_release_date", descending: true });
    expect(q.limit).toBe(50);
    expect(q.offset).toBe(20);
    expect(q.where).toMatchObject({ type: "and", left: { path: ["platforms"], op: "=" }, right: { op: "~" } });
  });

  it("defaults to limit 10, offset 0, no fields (ids only) and ascending sort", () => {
    const q = parseQuery("sort name;");
    expect(q).toMatchObject({ fields: null, exclude: [], limit: 10, offset: 0, sort: { field: "name", descending: false } });
    expect(parseQuery("")).toMatchObject({ fields: null, limit: 10 });
  });

  it("accepts the one-letter statement names and keywords in any case", () => {
    const q = parseQuery("f name; w id = 1; s name DESC; l 3; o 1; x slug;");
    expect(q).toMatchObject({ fields: [["name"]], exclude: [["slug"]], limit: 3, offset: 1, sort: { descending: true } });
    expect(parseQuery("FIELDS name; LIMIT 2;").limit).toBe(2);
  });

  it("parses values: integers, negative and float numbers, strings, booleans, null", () => {
    const values = (body: string) => {
      const where = parseQuery(`where ${body};`).where;
      return where?.type === "compare" ? where.value : undefined;
    };
    expect(values("x = 12")).toEqual({ kind: "literal", value: 12 });
    expect(values("x > -3.5")).toEqual({ kind: "literal", value: -3.5 });
    expect(values('x = "a\\\\b"')).toEqual({ kind: "literal", value: "a\\b" });
    expect(values("x = true")).toEqual({ kind: "literal", value: true });
    expect(values("x != null")).toEqual({ kind: "literal", value: null });
    expect(values('x ~ "zel"*')).toEqual({ kind: "pattern", text: "zel", anyBefore: false, anyAfter: true });
    expect(values('x ~ *"da"')).toEqual({ kind: "pattern", text: "da", anyBefore: true, anyAfter: false });
    expect(values("x = [1,2]")).toEqual({ kind: "list", mode: "all", values: [1, 2] });
    expect(values('x = {1,"b"}')).toEqual({ kind: "list", mode: "exact", values: [1, "b"] });
    expect(values("x != (3)")).toEqual({ kind: "list", mode: "any", values: [3] });
  });

  it("binds & tighter than |, and honours parentheses", () => {
    const flat = parseQuery("where a = 1 | b = 2 & c = 3;").where;
    expect(flat).toMatchObject({
      type: "or",
      left: { path: ["a"] },
      right: { type: "and", left: { path: ["b"] }, right: { path: ["c"] } },
    });
    const grouped = parseQuery("where (a = 1 | b = 2) & c = 3;").where;
    expect(grouped).toMatchObject({ type: "and", left: { type: "or" }, right: { path: ["c"] } });
  });

  it.each([
    ["fields name", "expected ';' to end the fields statement, found end of query at line 1, column 12"],
    ["fields name; limit 5 offset 2;", "expected ';' to end the limit statement, found 'offset' at line 1, column 22"],
    ["where name = ;", "expected a value"],
    ["search zelda;", 'expected a "quoted" search text'],
    ["fields name;\n  where id == 3;", "line 2, column 13"],
    ['where name = "open', "unterminated string starting at line 1, column 14"],
    ["fields name; fields slug;", "'fields' appears twice"],
    ["select name;", "expected fields, exclude, where, search, sort, limit or offset"],
    ["where id > (1,2);", "'>' cannot take a list"],
    ["where (id = 1;", "expected ')' to close the parenthesis"],
    ["limit 2.5;", "expected an integer limit"],
    ["where id = 1 # 2;", "unexpected character '#'"],
  ])("rejects %j as a Syntax Error that says what and where", (body, cause) => {
    const error = errorOf(() => parseQuery(body));
    expect(error.title).toBe("Syntax Error");
    expect(error.status).toBe(400);
    expect(error.cause_).toContain(cause);
  });

  it("rejects limit above 500 or below 1 and a negative offset", () => {
    expect(parseQuery("limit 500;").limit).toBe(500);
    expect(errorOf(() => parseQuery("limit 501;"))).toMatchObject({ title: "Invalid Limit", status: 400 });
    expect(errorOf(() => parseQuery("limit 0;"))).toMatchObject({ title: "Invalid Limit" });
    expect(errorOf(() => parseQuery("offset -1;"))).toMatchObject({ title: "Invalid Offset" });
  });
});

describe("parseMultiquery", () => {
  it("reads named blocks, counts, and braces inside strings and {..} lists", () => {
    const queries = parseMultiquery(`
      query games "Top \\"games\\"" { fields name; where name = "a}b" & platforms = {1,2}; };
      query games/count "How many" { where id > 1; };`);
    expect(queries).toEqual([
      { endpoint: "games", count: false, name: 'Top "games"', body: ' fields name; where name = "a}b" & platforms = {1,2}; ' },
      { endpoint: "games", count: true, name: "How many", body: " where id > 1; " },
    ]);
  });

  it("allows 10 queries and refuses 11", () => {
    const block = (i: number) => `query games "q${i}" { fields name; };`;
    expect(parseMultiquery(Array.from({ length: 10 }, (_, i) => block(i)).join("\n"))).toHaveLength(10);
    const error = errorOf(() => parseMultiquery(Array.from({ length: 11 }, (_, i) => block(i)).join("\n")));
    expect(error).toMatchObject({ status: 400, title: "Invalid Multiquery" });
    expect(error.cause_).toContain("at most 10");
  });

  it("rejects a malformed header or an unclosed block", () => {
    expect(errorOf(() => parseMultiquery("query games { fields name; };")).cause_).toContain("expected 'query <endpoint>");
    expect(errorOf(() => parseMultiquery('query games "a" { fields name;')).cause_).toContain("unclosed '{'");
    expect(errorOf(() => parseMultiquery("   ")).cause_).toContain("at least one");
  });
});
