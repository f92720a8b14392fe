// The platform words of queries ("metroid nes", "street fighter super nintendo"), as a table built from
// the catalog's platforms: each platform's full name, the parts of an "A / B" name ("Sega Mega Drive /
// Genesis"), the name without its maker ("Saturn"), initials ("nes", "gba", "n64") and the curated
// nicknames of platform-nicknames.json ("snes", "psx"). Phrases are kept as token lists so that they are
// matched against the query's tokens ("n64" and "n 64" both read as ["n", "64"]).
import type { CatalogPlatform } from "@/lib/catalog/read-search-platforms";

import { tokenize } from "../normalize";
import curated from "./platform-nicknames.json";

/** A catalog platform as the search index needs it (read by lib/catalog/read-search-platforms.ts). */
export type { CatalogPlatform };

/** Platform words found in a query: tokens [start, start + length) name these platforms. */
export interface PlatformMention {
  start: number;
  length: number;
  platformIds: readonly number[];
}

/** Initials and maker-less names of rare platforms would be guesses about words nobody means as platforms. */
const MIN_GAMES_FOR_SHORT_NAMES = 100;
const MAX_PHRASE_TOKENS = 4;
/** Leading words that name a maker: "Sega Saturn" is also called "Saturn". */
const MAKERS = new Set(
  "acorn amstrad apple atari bandai casio coleco commodore epoch fujitsu mattel microsoft nec nintendo philips sega sharp sinclair snk sony tandy thomson tiger vtech".split(
    " ",
  ),
);
const NICKNAMES: Readonly<Record<string, readonly string[]>> = curated.nicknames;

/** "Sega Mega Drive / Genesis" → ["Sega Mega Drive", "Genesis"]; parentheses dropped ("NEC PC-8001 (N-BASIC)"). */
function nameParts(name: string): string[][] {
  return name
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+\/\s+/)
    .map(tokenize)
    .filter((tokens) => tokens.length > 0);
}

/** Initials with numbers kept whole: nintendo entertainment system → nes, nintendo 64 → n 64; null when too short. */
function initials(tokens: readonly string[]): string[] | null {
  if (tokens.length < 2) return null;
  const out: string[] = [];
  let run = "";
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      if (run !== "") out.push(run);
      run = "";
      out.push(token);
    } else run += token[0] ?? "";
  }
  if (run !== "") out.push(run);
  return out.join("").length >= 3 ? out : null;
}

/** Every phrase naming the platform, as token lists. */
export function platformPhrases(platform: CatalogPlatform): string[][] {
  const phrases: string[][] = [];
  const common = (platform.gameCount ?? MIN_GAMES_FOR_SHORT_NAMES) >= MIN_GAMES_FOR_SHORT_NAMES;
  for (const part of nameParts(platform.name)) {
    phrases.push(part);
    if (!common) continue;
    const rest = part.slice(1);
    if (MAKERS.has(part[0] ?? "") && /^[a-z]{3,}$/.test(rest[0] ?? "")) phrases.push(rest);
    const short = initials(part);
    if (short) phrases.push(short);
  }
  for (const nickname of NICKNAMES[platform.slug] ?? []) phrases.push(tokenize(nickname));
  return phrases;
}

export class PlatformAliases {
  private constructor(
    /** First token → phrases starting with it, longest first. */
    private readonly byFirstToken: Map<string, Array<{ tokens: string[]; platformIds: number[] }>>,
  ) {}

  /** Builds the table from the catalog's platforms; a phrase several platforms share names them all. */
  static build(platforms: readonly CatalogPlatform[]): PlatformAliases {
    const byPhrase = new Map<string, { tokens: string[]; platformIds: number[] }>();
    for (const platform of platforms) {
      for (const tokens of platformPhrases(platform)) {
        if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) continue;
        const key = tokens.join(" ");
        const entry = byPhrase.get(key) ?? { tokens, platformIds: [] };
        if (!entry.platformIds.includes(platform.id)) entry.platformIds.push(platform.id);
        byPhrase.set(key, entry);
      }
    }
    const byFirstToken = new Map<string, Array<{ tokens: string[]; platformIds: number[] }>>();
    for (const entry of byPhrase.values()) {
      const first = entry.tokens[0] ?? "";
      byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), entry]);
    }
    for (const entries of byFirstToken.values()) entries.sort((a, b) => b.tokens.length - a.tokens.length);
    return new PlatformAliases(byFirstToken);
  }

  static readonly empty = new PlatformAliases(new Map());

  /**
   * The platform phrases in a token list, longest first at each position, without overlaps.
   *
   * @example aliases.find(["metroid", "super", "nintendo"]) // [{ start: 1, length: 2, platformIds: [413] }]
   */
  find(tokens: readonly string[]): PlatformMention[] {
    const found: PlatformMention[] = [];
    for (let i = 0; i < tokens.length;) {
      const entry = (this.byFirstToken.get(tokens[i] ?? "") ?? []).find((e) => e.tokens.every((t, k) => tokens[i + k] === t));
      if (!entry) {
        i++;
        continue;
      }
      found.push({ start: i, length: entry.tokens.length, platformIds: entry.platformIds });
      i += entry.tokens.length;
    }
    return found;
  }

  /** True when the tokens are exactly one of the phrases ("nes", "game boy"). */
  isPhrase(tokens: readonly string[]): boolean {
    return (this.byFirstToken.get(tokens[0] ?? "") ?? []).some(
      (e) => e.tokens.length === tokens.length && e.tokens.every((t, k) => tokens[k] === t),
    );
  }

  /** Every phrase and what it names, for tests and documentation. */
  phrases(): Array<{ phrase: string; platformIds: readonly number[] }> {
    return [...this.byFirstToken.values()].flat().map((e) => ({ phrase: e.tokens.join(" "), platformIds: e.platformIds }));
  }
}
