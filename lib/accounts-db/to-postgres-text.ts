// Lone surrogates: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The string as PostgreSQL can store it: NUL and lone surrogates become U+FFFD. `text` refuses NUL
 * ("invalid byte sequence for encoding UTF8: 0x00") and `jsonb` refuses both "\u0000" and an unpaired
 * "\ud800" escape, so a request carrying either failed with a 500 where its text is written as given
 * (found by `npm run fuzz` in the audit log's details).
 *
 * @example
 * toPostgresText("a\u0000b\ud800") // "a\ufffdb\ufffd"
 */
export function toPostgresText(value: string): string {
  return value.replace(LONE_SURROGATE, "\ufffd").replaceAll("\u0000", "\ufffd");
}
