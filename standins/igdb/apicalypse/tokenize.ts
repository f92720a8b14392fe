// Splits an Apicalypse body into tokens, remembering where each starts so errors can point at it.
import { syntaxError } from "./apicalypse-error";

export type TokenType = "word" | "number" | "string" | "punct" | "end";

export interface Token {
  type: TokenType;
  /** Words keep their case; punct is one of ; , ( ) [ ] { } & | * = != < <= > >= ~ !~ */
  text: string;
  /** Numbers parsed; strings unescaped. */
  value?: number | string;
  offset: number;
}

const WORD_RE = /[A-Za-z_][A-Za-z0-9_]*(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|\*))*/y;
const NUMBER_RE = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const TWO_CHAR = new Set(["!=", "<=", ">=", "!~"]);
const ONE_CHAR = new Set([";", ",", "(", ")", "[", "]", "{", "}", "&", "|", "*", "=", "<", ">", "~"]);

/** "line 2, column 7" for an offset into the body. */
export function describePosition(source: string, offset: number): string {
  const before = source.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      i = readString(source, i, tokens);
      continue;
    }
    const matched = matchAt(WORD_RE, source, i, "word") ?? matchAt(NUMBER_RE, source, i, "number");
    if (matched) {
      tokens.push(matched);
      i += matched.text.length;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (TWO_CHAR.has(two)) {
      tokens.push({ type: "punct", text: two, offset: i });
      i += 2;
    } else if (ONE_CHAR.has(ch)) {
      tokens.push({ type: "punct", text: ch, offset: i });
      i += 1;
    } else {
      throw syntaxError(`unexpected character '${ch}' at ${describePosition(source, i)}`);
    }
  }
  tokens.push({ type: "end", text: "end of query", offset: source.length });
  return tokens;
}

function matchAt(re: RegExp, source: string, offset: number, type: TokenType): Token | undefined {
  re.lastIndex = offset;
  const m = re.exec(source);
  if (!m) return undefined;
  return { type, text: m[0], offset, ...(type === "number" ? { value: Number(m[0]) } : {}) };
}

/** Double-quoted, with backslash escapes (\" and \\ matter; others keep the escaped character). */
function readString(source: string, start: number, tokens: Token[]): number {
  let value = "";
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "\\" && i + 1 < source.length) {
      value += source[i + 1];
      i += 2;
    } else if (ch === '"') {
      tokens.push({ type: "string", text: source.slice(start, i + 1), value, offset: start });
      return i + 1;
    } else {
      value += ch;
      i++;
    }
  }
  throw syntaxError(`unterminated string starting at ${describePosition(source, start)}`);
}
