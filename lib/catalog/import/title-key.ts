// The key that decides which releases can be the same work. Two titles share a key when they differ only in
// case, accents, punctuation, " - " vs ": ", "&" vs "and", or a leading article.
import { fold } from "@/lib/text/fold";

const LEADING_ARTICLE_RE = /^(the|a|an) (?=\S)/;

/**
 * @example titleKey("The Legend of Zelda - A Link to the Past") === titleKey("Legend of Zelda: A Link to the Past")
 */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/&/g, " and ")
    .replace(/['’`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(LEADING_ARTICLE_RE, "");
}
