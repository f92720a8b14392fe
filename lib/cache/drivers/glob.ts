// Redis glob patterns (`*`, `?`, `[abc]`, `[^a-z]`, `\x`) for the in-memory driver's SCAN, matched the way
// Redis's stringmatchlen does, without a RegExp: an admin's pattern (up to 1 KB from the cache console) must
// neither throw (a class like `[z-a]` or `[\]` is an invalid RegExp) nor backtrack exponentially
// (`*a*a*a…b`). The matcher below keeps only the last star to return to: O(pattern × key) at worst.

type Token =
  | { kind: "literal"; char: string }
  | { kind: "any" }
  | { kind: "star" }
  | { kind: "class"; negate: boolean; ranges: Array<[number, number]> };

// Redis's class rules, quirks included: "\\x" is a literal x; "a-c" is a range wherever two characters
// follow the "a" (so "[a-]" ranges up to "]" and reads on); a class with no closing "]" runs to the end of
// the pattern.
function parseClass(chars: string[], start: number): { token: Token; end: number } {
  let i = start;
  const negate = chars[i] === "^";
  if (negate) i++;
  const ranges: Array<[number, number]> = [];
  const code = (c: string) => c.codePointAt(0)!;
  for (;;) {
    const remaining = chars.length - i;
    if (remaining <= 0) return { token: { kind: "class", negate, ranges }, end: chars.length - 1 };
    const c = chars[i]!;
    if (c === "\\" && remaining >= 2) {
      ranges.push([code(chars[i + 1]!), code(chars[i + 1]!)]);
      i += 2;
    } else if (c === "]") {
      return { token: { kind: "class", negate, ranges }, end: i };
    } else if (remaining >= 3 && chars[i + 1] === "-") {
      const [low, high] = [code(c), code(chars[i + 2]!)];
      // Redis accepts a reversed range ([z-a]) as the same range.
      ranges.push(low <= high ? [low, high] : [high, low]);
      i += 3;
    } else {
      ranges.push([code(c), code(c)]);
      i++;
    }
  }
}

function parseGlob(pattern: string): Token[] {
  const chars = Array.from(pattern);
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "\\" && i + 1 < chars.length) tokens.push({ kind: "literal", char: chars[++i]! });
    else if (c === "*") {
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" }); // ** is *
    } else if (c === "?") tokens.push({ kind: "any" });
    else if (c === "[") {
      const parsed = parseClass(chars, i + 1);
      tokens.push(parsed.token);
      i = parsed.end;
    } else tokens.push({ kind: "literal", char: c });
  }
  return tokens;
}

function matchesOne(token: Token, char: string): boolean {
  if (token.kind === "any") return true;
  if (token.kind === "literal") return token.char === char;
  if (token.kind !== "class") return false;
  const code = char.codePointAt(0)!;
  return token.ranges.some(([low, high]) => code >= low && code <= high) !== token.negate;
}

/**
 * A matcher for a Redis glob: whole-key match, by code point. Never throws, whatever the pattern.
 *
 * @example
 * compileGlob("ql:search:*")("ql:search:abc"); // true
 * compileGlob("ql:[^a-c]?")("ql:dz"); // true
 */
export function compileGlob(pattern: string): (key: string) => boolean {
  const tokens = parseGlob(pattern);
  return (key) => {
    const chars = Array.from(key);
    let t = 0;
    let k = 0;
    let starToken = -1;
    let starKey = 0;
    while (k < chars.length) {
      const token = tokens[t];
      if (token && token.kind === "star") {
        starToken = t++;
        starKey = k;
      } else if (token && matchesOne(token, chars[k]!)) {
        t++;
        k++;
      } else if (starToken >= 0) {
        // Let the last star take one more character and retry what follows it.
        t = starToken + 1;
        k = ++starKey;
      } else return false;
    }
    while (tokens[t]?.kind === "star") t++;
    return t === tokens.length;
  };
}
