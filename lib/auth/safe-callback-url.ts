// No imports: the sign-in and sign-up pages and the sign-in actions share this, on the server and (through
// the sign-up form's props) in the browser.

// A made-up origin the value is resolved against: what resolves to it is a path on this site, whatever the
// real host is, and anything that lands elsewhere ("//evil.example", "https://evil.example") is not ours.
const PROBE_ORIGIN = "http://callback.invalid";

/**
 * A same-site path to return to after signing in, or the fallback. The value is parsed the way the browser
 * will parse it (WHATWG URL) and only its path, query and fragment are kept, so nothing a parser normalises
 * can turn it into another site. Prefix checks were not enough: the parser drops tabs and newlines, so
 * "/\t/evil.example" passed them and the browser then went to "//evil.example". Control characters and
 * backslashes (which the parser reads as "/") are refused outright, raw or percent-encoded.
 *
 * @example
 * safeCallbackUrl("/games/doom?tab=similar"); // "/games/doom?tab=similar"
 * safeCallbackUrl("https://evil.example"); // "/library"
 * safeCallbackUrl("/\t/evil.example"); // "/library"
 */
export function safeCallbackUrl(value: unknown, fallback = "/library"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2_000) return fallback;
  if (/[\u0000-\u001f\u007f\\]|%(?:[01][0-9a-f]|7f|5c)/i.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that itself starts with "//" would be read as a host when the browser resolves it again.
  return path.startsWith("//") ? fallback : path;
}
