// Parses an Apicalypse body: `fields …; exclude …; where …; search "…"; sort f asc; limit n; offset n;`,
// statements in any order, each ending with `;`. The one-letter forms (f, x, w, s, l, o) are accepted too.
import { DEFAULT_LIMIT, MAX_LIMIT } from "../constants";
import { ApicalypseError } from "./apicalypse-error";
import { parseWhere, type WhereNode } from "./parse-where";
import { TokenStream } from "./token-stream";

export interface ParsedQuery {
  /** Requested paths split on dots ("*" allowed as last segment); null when there was no fields statement. */
  fields: string[][] | null;
  exclude: string[][];
  search?: string;
  where?: WhereNode;
  sort?: { field: string; descending: boolean; offset: number };
  limit: number;
  offset: number;
}

const ALIASES: Record<string, string> = { f: "fields", x: "exclude", w: "where", s: "sort", l: "limit", o: "offset" };
const STATEMENTS = new Set(["fields", "exclude", "where", "search", "sort", "limit", "offset"]);

export function parseQuery(source: string): ParsedQuery {
  const stream = new TokenStream(source);
  const query: ParsedQuery = { fields: null, exclude: [], limit: DEFAULT_LIMIT, offset: 0 };
  const seen = new Set<string>();
  while (!stream.atEnd()) {
    if (stream.accept(";")) continue;
    const token = stream.peek();
    const keyword = token.type === "word" ? (ALIASES[token.text.toLowerCase()] ?? token.text.toLowerCase()) : "";
    if (!STATEMENTS.has(keyword)) throw stream.error("expected fields, exclude, where, search, sort, limit or offset");
    // A repeated statement is almost always a query builder bug; say so rather than pick one silently.
    if (seen.has(keyword)) throw stream.error(`'${keyword}' appears twice`);
    seen.add(keyword);
    stream.next();
    parseStatement(stream, keyword, query);
    stream.expectPunct(";", `to end the ${keyword} statement`);
  }
  return query;
}

function parseStatement(stream: TokenStream, keyword: string, query: ParsedQuery): void {
  switch (keyword) {
    case "fields":
      query.fields = parseFieldList(stream, true);
      return;
    case "exclude":
      query.exclude = parseFieldList(stream, false);
      return;
    case "where":
      query.where = parseWhere(stream);
      return;
    case "search": {
      const token = stream.next();
      if (token.type !== "string") throw stream.error('expected a "quoted" search text', token);
      query.search = token.value as string;
      return;
    }
    case "sort": {
      const field = stream.next();
      if (field.type !== "word" || field.text.includes("*")) throw stream.error("expected a field to sort by", field);
      const direction = stream.peek();
      let descending = false;
      if (direction.type === "word" && /^(asc|desc)$/i.test(direction.text)) {
        stream.next();
        descending = direction.text.toLowerCase() === "desc";
      }
      query.sort = { field: field.text, descending, offset: field.offset };
      return;
    }
    case "limit":
    case "offset": {
      const token = stream.next();
      if (token.type !== "number" || !Number.isInteger(token.value)) throw stream.error(`expected an integer ${keyword}`, token);
      const n = token.value as number;
      if (keyword === "limit" && (n < 1 || n > MAX_LIMIT)) {
        throw new ApicalypseError("Invalid Limit", `limit must be between 1 and ${MAX_LIMIT}, got ${n}`);
      }
      if (keyword === "offset" && n < 0) throw new ApicalypseError("Invalid Offset", `offset must be 0 or more, got ${n}`);
      query[keyword] = n;
      return;
    }
  }
}

function parseFieldList(stream: TokenStream, allowStar: boolean): string[][] {
  const paths: string[][] = [];
  do {
    const token = stream.next();
    if (allowStar && token.type === "punct" && token.text === "*") paths.push(["*"]);
    else if (token.type === "word") paths.push(token.text.split("."));
    else throw stream.error("expected a field name", token);
  } while (stream.accept(","));
  return paths;
}
