// The building blocks of hostile input: strings, numbers and JSON values that tend to break parsers, schemas
// and databases (NUL, lone surrogates, huge numbers, prototype keys, deep nesting), mixed with plausible ones
// so that some requests get past validation to the code behind it.
import fc from "fast-check";

/** Strings code tends to mishandle, each for a reason (NUL and lone surrogates: PostgreSQL and encoders). */
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83dy",
  "\ud83d\ude00",
  "\u202e",
  "\ufeff",
  "\u200b",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-Infinity",
  "true",
  "[]",
  "{}",
  "0",
  "-1",
  "1e309",
  "0x1f",
  "-0",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "../../../etc/passwd",
  "..%2f..%2f",
  "%00",
  "%",
  "%zz",
  "%C0%AF",
  "%ED%A0%80",
  "\\",
  "//evil.example",
  "http://evil.example",
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  "<script>alert(1)</script>",
  "${7*7}",
  "{{7*7}}",
  "*",
  "ql:*",
  "ql:[a-",
  "[",
  "(?:",
  "a{1,99999}",
  "\\u0000",
  "\r\n",
  "\t",
  "é",
  "ß",
  "İ",
  "🙂",
  "\u0301",
  "WANT",
  "playing",
  "ADMIN",
  "PLAYER",
  "failed",
  "completed",
  "relevance",
  "snes",
  "2024-02-30",
  "2024-01-01",
  "1970-01-01T00:00:00Z",
  "9999-12-31",
  "15m",
  "1h",
  "7d",
  "-1h",
  "99999999999999999999d",
];

const longString = fc
  .tuple(fc.constantFrom("a", "\u0000", "é", "🙂", "\ud800", " ", "%"), fc.integer({ min: 100, max: 70_000 }))
  .map(([unit, n]) => unit.repeat(n));

/** Any text: generated unicode (lone surrogates included), the nasty list, and now and then a long run. */
export const fuzzString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  // "binary" code points include lone surrogates and control characters.
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 8 })).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: longString },
);

/** Numbers at and past every limit a schema or a 32-bit column might have. */
export const fuzzNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.integer(),
  fc.constantFrom(2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2, -(2 ** 31) - 1, 1e21, 1e308, -1e308, 5e-324, -0, 0.5, 1.5, 9.999),
  fc.double(),
);

/** Numbers written out as text, for query strings and path segments. */
export const fuzzNumberText: fc.Arbitrary<string> = fc.oneof(
  fuzzNumber.map(String),
  fc.constantFrom(
    "1e3",
    "0x10",
    "0b1",
    "0o7",
    " 1",
    "1 ",
    "+1",
    "1.",
    ".5",
    "1_000",
    "١",
    "１",
    "99999999999999999999999",
    "-0",
    "NaN",
    "Infinity",
  ),
);

/** Field names the API's schemas read, plus keys that reach prototypes when code merges objects carelessly. */
export const FIELD_NAMES = [
  "email",
  "password",
  "name",
  "gameId",
  "status",
  "rating",
  "notes",
  "platform",
  "startedAt",
  "finishedAt",
  "priority",
  "role",
  "key",
  "tag",
  "pattern",
  "confirmAll",
  "state",
  "maxAgeMs",
  "summary",
  "coverImageId",
  "featured",
  "hidden",
  "id",
  "ids",
  "path",
  "paths",
  "slug",
  "tags",
  "secret",
  "method",
  "csrfToken",
  "callbackUrl",
  "redirect",
  "token",
  "limit",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
];

const fieldName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) }, { weight: 1, arbitrary: fuzzString });

/** A plausible value for a named field, so some bodies are nearly valid and reach the handler's logic. */
export function plausibleFieldValue(plausible: { gameIds: number[] }): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...(plausible.gameIds.length ? plausible.gameIds : [1])),
    fc.constantFrom("WANT", "PLAYING", "PLAYED", "COMPLETED", "DROPPED", "playing", "ADMIN", "PLAYER", "completed", "failed"),
    fc.constantFrom("2024-01-01", "2023-12-31", "2024-02-29", "snes", "nes", "gba", "ql:search:*", "ql:game:1", "game:1"),
    fc.integer({ min: 1, max: 10 }),
    fc.boolean(),
    fc.constant(null),
  );
}

type Tree = { value: unknown; array: unknown[]; object: Record<string, unknown> };

/** JSON values of every type, objects keyed mostly by real field names (prototype keys included). */
export function fuzzJsonValue(plausible: { gameIds: number[] }): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(fc.constant(null), fc.boolean(), fuzzNumber, fuzzString, plausibleFieldValue(plausible));
  const tree = fc.letrec<Tree>((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
    array: fc.array(tie("value"), { maxLength: 5 }),
    // Object.fromEntries defines "__proto__" as an own key, so JSON.stringify sends it.
    object: fc.array(fc.tuple(fieldName, tie("value")), { maxLength: 6 }).map((entries) => Object.fromEntries(entries)),
  }));
  return tree.value;
}

/** A nearly valid body: an object of real field names with plausible values, one or two of them hostile. */
export function nearlyValidObject(plausible: { gameIds: number[] }): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES.slice(0, 34)), plausibleFieldValue(plausible)), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(fieldName, fc.oneof(fuzzString, fuzzNumber, fc.constant(null), fc.constant([]), fc.constant({}))), {
        maxLength: 2,
      }),
    )
    .map(([good, bad]) => Object.fromEntries([...good, ...bad]));
}

/** A JSON text nested `depth` levels deep: parsers and recursive code that are not iterative fall over on it. */
export const deepJson: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom("[", '{"a":'))
  .map(([depth, open]) => open.repeat(depth) + "1" + (open === "[" ? "]" : "}").repeat(depth));
