// `where` expressions: comparisons joined by & and |, with & binding tighter, and parentheses.
import type { TokenStream } from "./token-stream";
import type { Token } from "./tokenize";

export type Literal = number | string | boolean | null;
export type CompareOp = "=" | "!=" | ">" | ">=" | "<" | "<=" | "~" | "!~";

export type WhereValue =
  | { kind: "literal"; value: Literal }
  /** `"zel"*`, `*"da"`, `*"eld"*`: a string with wildcards outside the quotes. */
  | { kind: "pattern"; text: string; anyBefore: boolean; anyAfter: boolean }
  /** (a,b) any of, [a,b] all of, {a,b} exactly these. */
  | { kind: "list"; mode: "any" | "all" | "exact"; values: Literal[] };

export type WhereNode =
  | { type: "and" | "or"; left: WhereNode; right: WhereNode }
  | { type: "compare"; path: string[]; op: CompareOp; value: WhereValue; offset: number };

const OPERATORS = new Set<string>(["=", "!=", ">", ">=", "<", "<=", "~", "!~"]);
const LISTS: Record<string, { close: string; mode: "any" | "all" | "exact" }> = {
  "(": { close: ")", mode: "any" },
  "[": { close: "]", mode: "all" },
  "{": { close: "}", mode: "exact" },
};

export function parseWhere(stream: TokenStream): WhereNode {
  let node = parseAnd(stream);
  while (stream.accept("|")) node = { type: "or", left: node, right: parseAnd(stream) };
  return node;
}

function parseAnd(stream: TokenStream): WhereNode {
  let node = parsePrimary(stream);
  while (stream.accept("&")) node = { type: "and", left: node, right: parsePrimary(stream) };
  return node;
}

function parsePrimary(stream: TokenStream): WhereNode {
  if (stream.accept("(")) {
    const inner = parseWhere(stream);
    stream.expectPunct(")", "to close the parenthesis");
    return inner;
  }
  const field = stream.peek();
  if (field.type !== "word" || field.text.includes("*")) throw stream.error("expected a field name in where");
  stream.next();
  const opToken = stream.peek();
  if (opToken.type !== "punct" || !OPERATORS.has(opToken.text)) throw stream.error(`expected an operator after '${field.text}'`);
  stream.next();
  const op = opToken.text as CompareOp;
  const value = parseValue(stream);
  if (value.kind === "list" && op !== "=" && op !== "!=") {
    throw stream.error(`'${op}' cannot take a list; use = or !=`, opToken);
  }
  if (value.kind === "pattern" && op !== "=" && op !== "!=" && op !== "~" && op !== "!~") {
    throw stream.error(`wildcards need =, !=, ~ or !~`, opToken);
  }
  return { type: "compare", path: field.text.split("."), op, value, offset: field.offset };
}

function parseValue(stream: TokenStream): WhereValue {
  const open = stream.peek();
  const list = open.type === "punct" ? LISTS[open.text] : undefined;
  if (list) {
    stream.next();
    const values: Literal[] = [parseLiteral(stream)];
    while (stream.accept(",")) values.push(parseLiteral(stream));
    stream.expectPunct(list.close, "to close the list");
    return { kind: "list", mode: list.mode, values };
  }
  const anyBefore = stream.accept("*");
  const token = stream.peek();
  if (anyBefore && token.type !== "string") throw stream.error("expected a string after '*'");
  const value = parseLiteral(stream);
  const anyAfter = typeof value === "string" && stream.accept("*");
  if (anyBefore || anyAfter) return { kind: "pattern", text: value as string, anyBefore, anyAfter };
  return { kind: "literal", value };
}

function parseLiteral(stream: TokenStream): Literal {
  const token: Token = stream.peek();
  if (token.type === "number" || token.type === "string") {
    stream.next();
    return token.value!;
  }
  if (token.type === "word") {
    const word = token.text.toLowerCase();
    if (word === "true" || word === "false" || word === "null") {
      stream.next();
      return word === "null" ? null : word === "true";
    }
  }
  throw stream.error('expected a value (number, "string", true, false or null)');
}
