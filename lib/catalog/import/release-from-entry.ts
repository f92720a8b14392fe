// Turns one validated MAME entry into a release draft: the title as released, its regions, year, date,
// and companies, with the grouping keys it can match on.
import { fold } from "@/lib/text/fold";

import { parseReleaseTitle } from "./parse-release-title";
import type { PlatformInfo } from "./platforms";
import type { MameEntry } from "./read-mame-entries";
import { titleKey } from "./title-key";

export interface ReleaseDraft {
  list: string;
  mameName: string;
  /** The MAME parent within the list: a parent and its clones are one game. */
  parentName: string;
  isClone: boolean;
  platform: PlatformInfo;
  title: string;
  /** Grouping keys: the cleaned title's, and the original-language title's when there is one. */
  keys: string[];
  regions: string[];
  revision: string | null;
  status: string | null;
  tags: string[];
  year: number | null;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  releaseDate: string | null;
  publisher: string | null;
  developer: string | null;
  serial: string | null;
  altTitle: string | null;
  supported: boolean;
}

const CORPORATE_SUFFIX_RE =
  /\b(inc|ltd|co|corp|corporation|company|gmbh|limited|plc|llc|sa|srl|bv|kk|software|soft|games|entertainment|interactive)\b/g;

function parseYear(raw: string): number | null {
  const year = /^\d{4}$/.test(raw.trim()) ? Number(raw) : NaN;
  return year >= 1950 && year <= 2035 ? year : null;
}

/**
 * `info.release` is YYYYMMDD with "xx" for unknown parts. Some lists store the dump's date there instead
 * (Apple II cracks say "2018-12-13" for a 1987 game), so a date far from the entry's year is ignored.
 */
function parseReleaseDate(raw: string | undefined, year: number | null): string | null {
  const m = raw ? /^(\d{4})-?(\d\d|xx)?-?(\d\d|xx)?/i.exec(raw.trim()) : null;
  if (!m) return year === null ? null : String(year);
  const [, y = "", mo, d] = m;
  if (year !== null && Math.abs(Number(y) - year) > 1) return String(year);
  if (!mo || !/^\d\d$/.test(mo) || Number(mo) < 1 || Number(mo) > 12) return y;
  if (!d || !/^\d\d$/.test(d) || Number(d) < 1 || Number(d) > 31) return `${y}-${mo}`;
  return `${y}-${mo}-${d}`;
}

/** Company names as MAME writes them, or null for placeholders such as "<unknown>" and "<homebrew>". */
function companyName(raw: string | undefined): string | null {
  const name = raw?.trim();
  if (!name || /^<.*>$/.test(name) || /^unknown$/i.test(name)) return null;
  return name;
}

/**
 * Comparable company keys: "Spectrum HoloByte" = "Spectrum Holobyte", "富士通 (Fujitsu)" = "Fujitsu",
 * and co-publishers written "A / B" count for both.
 */
export function companyKeys(name: string | null): string[] {
  if (!name) return [];
  const names = [name.replace(/\([^)]*\)/g, ""), ...[...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? "")];
  const keys = names
    .flatMap((n) => n.split(/\s+\/\s+|\s*;\s*/))
    .map((n) =>
      fold(n)
        .replace(/[^\p{L}\p{N} ]+/gu, " ")
        .replace(CORPORATE_SUFFIX_RE, " ")
        .replace(/\s+/g, "")
        .trim(),
    )
    .filter((k) => k.length > 1);
  return [...new Set(keys)];
}

export function releaseFromEntry(entry: MameEntry, platform: PlatformInfo): ReleaseDraft {
  const parsed = parseReleaseTitle(entry.description);
  const year = parseYear(entry.year);
  const altTitle = entry.info.alt_title?.trim() || null;
  const keys = [titleKey(parsed.title)];
  const altKey = altTitle ? titleKey(altTitle) : "";
  if (altKey && !keys.includes(altKey)) keys.push(altKey);
  return {
    list: entry.list,
    mameName: entry.name,
    parentName: entry.cloneof ?? entry.name,
    isClone: Boolean(entry.cloneof),
    platform,
    title: parsed.title,
    keys: keys.filter(Boolean),
    regions: parsed.regions,
    revision: parsed.revision,
    status: parsed.status,
    tags: parsed.tags,
    year,
    releaseDate: parseReleaseDate(entry.info.release, year),
    publisher: companyName(entry.publisher),
    developer: companyName(entry.info.developer),
    serial: entry.info.serial?.trim() || null,
    altTitle,
    supported: entry.supported !== "no",
  };
}
