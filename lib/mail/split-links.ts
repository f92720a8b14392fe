// Plain-text mail shown as text with its web links made clickable (a sign-in link must be followable from
// the dev outbox). Only http(s): a javascript: or data: "link" in a message stays inert text.

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; href: string };

// Up to whitespace or an angle bracket (<https://…> is how plain-text mail often wraps links).
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
// Sentence punctuation right after a link belongs to the sentence, not the URL.
const TRAILING = /[.,;:!?)\]'’]+$/;

/**
 * @example
 * splitLinks("Sign in: https://q.example/x?t=1.") →
 *   [{kind: "text", text: "Sign in: "}, {kind: "link", href: "https://q.example/x?t=1"}, {kind: "text", text: "."}]
 */
export function splitLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = match[0].replace(TRAILING, "");
    if (match.index > at) segments.push({ kind: "text", text: text.slice(at, match.index) });
    segments.push({ kind: "link", href });
    at = match.index + href.length;
  }
  if (at < text.length) segments.push({ kind: "text", text: text.slice(at) });
  return segments;
}
