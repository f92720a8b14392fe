/**
 * A same-site path to return to after signing in, or the fallback. Only paths ("/library?x=1") are kept:
 * "//evil.example" and absolute URLs would make the sign-in page an open redirect.
 *
 * @example
 * safeCallbackUrl("/games/doom"); // "/games/doom"
 * safeCallbackUrl("https://evil.example"); // "/library"
 */
export function safeCallbackUrl(value: unknown, fallback = "/library"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
