// Multiquery bodies: up to 10 blocks of `query <endpoint>[/count] "<name>" { <apicalypse> };`.
import { MAX_MULTIQUERY_QUERIES } from "../constants";
import { ApicalypseError, syntaxError } from "./apicalypse-error";
import { describePosition } from "./tokenize";

export interface SubQuery {
  endpoint: string;
  count: boolean;
  name: string;
  body: string;
}

const HEADER_RE = /\s*query\s+([A-Za-z_]+)(\/count)?\s+"((?:[^"\\]|\\.)*)"\s*\{/y;

export function parseMultiquery(source: string): SubQuery[] {
  const queries: SubQuery[] = [];
  let i = 0;
  for (;;) {
    i = skipSpaceAndSemicolons(source, i);
    if (i >= source.length) break;
    HEADER_RE.lastIndex = i;
    const header = HEADER_RE.exec(source);
    if (!header) {
      throw syntaxError(`expected 'query <endpoint> "<name>" {' at ${describePosition(source, i)}`);
    }
    const bodyStart = HEADER_RE.lastIndex;
    const bodyEnd = findClosingBrace(source, bodyStart);
    queries.push({
      endpoint: header[1]!,
      count: Boolean(header[2]),
      name: header[3]!.replace(/\\(.)/g, "$1"),
      body: source.slice(bodyStart, bodyEnd),
    });
    i = bodyEnd + 1;
  }
  if (queries.length === 0) throw syntaxError("a multiquery needs at least one 'query' block");
  if (queries.length > MAX_MULTIQUERY_QUERIES) {
    throw new ApicalypseError(
      "Invalid Multiquery",
      `a multiquery may hold at most ${MAX_MULTIQUERY_QUERIES} queries, got ${queries.length}`,
    );
  }
  return queries;
}

function skipSpaceAndSemicolons(source: string, from: number): number {
  let i = from;
  while (i < source.length && /[\s;]/.test(source[i]!)) i++;
  return i;
}

/** The matching `}`, skipping braces inside strings and nested `{a,b}` lists. */
function findClosingBrace(source: string, from: number): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"') {
      i++;
      while (i < source.length && source[i] !== '"') i += source[i] === "\\" ? 2 : 1;
    } else if (ch === "{") depth++;
    else if (ch === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw syntaxError(`unclosed '{' of the query starting at ${describePosition(source, from)}`);
}
