// Splits a MAME software-list description into the title as released and its tags.
// "Pokémon - Red Version (Australia, Europe, USA)" → title "Pokémon: Red Version", regions [Australia, Europe, USA].
// "Tetris (UK) (CPM) [Mirrorsoft] [Original]"      → title "Tetris", regions [UK], tags [CPM, Mirrorsoft, Original].

const REGION_ALIASES: Record<string, string> = {
  world: "World",
  usa: "USA",
  us: "USA",
  "north america": "USA",
  canada: "Canada",
  europe: "Europe",
  euro: "Europe",
  eur: "Europe",
  pal: "Europe",
  uk: "UK",
  "united kingdom": "UK",
  japan: "Japan",
  jpn: "Japan",
  jp: "Japan",
  "family computer": "Japan",
  fra: "France",
  france: "France",
  fr: "France",
  french: "France",
  ger: "Germany",
  germany: "Germany",
  de: "Germany",
  german: "Germany",
  spa: "Spain",
  spain: "Spain",
  es: "Spain",
  spanish: "Spain",
  castellano: "Spain",
  ita: "Italy",
  italy: "Italy",
  it: "Italy",
  italian: "Italy",
  netherlands: "Netherlands",
  dutch: "Netherlands",
  nor: "Norway",
  norway: "Norway",
  swe: "Sweden",
  sweden: "Sweden",
  scandinavia: "Scandinavia",
  nordic: "Scandinavia",
  fin: "Finland",
  finland: "Finland",
  den: "Denmark",
  denmark: "Denmark",
  pol: "Poland",
  poland: "Poland",
  por: "Portugal",
  portugal: "Portugal",
  greece: "Greece",
  russia: "Russia",
  rus: "Russia",
  czech: "Czechia",
  hungary: "Hungary",
  australia: "Australia",
  aus: "Australia",
  "new zealand": "New Zealand",
  brazil: "Brazil",
  bra: "Brazil",
  "latin america": "Latin America",
  argentina: "Argentina",
  mexico: "Mexico",
  asia: "Asia",
  korea: "Korea",
  kor: "Korea",
  china: "China",
  chn: "China",
  taiwan: "Taiwan",
  "hong kong": "Hong Kong",
  arab: "Middle East",
};

/** Regions that count as an English-language release when choosing a game's display name. */
export const ENGLISH_REGIONS = new Set(["World", "USA", "Europe", "UK", "Australia", "Canada", "New Zealand"]);

const REVISION_RE = /^(rev\.?\s*[\w.]+|v(?:ersion)?\s*\d[\w.]*|version\s+[\w.]+|set\s+\d+|alt(?:ernative)?(?:\s+\w+)?\??)$/i;
const STATUS_RE =
  /^(prototype|proto|beta|alpha|demo|sample|trial|kiosk|pirate|bootleg|hack(?:ed)?(?:\s+by\s+.+)?|unl|unlicensed|pd|cracked|cleanly cracked|trained(?:\s+by\s+.+)?|imperfect clean crack|homebrew|type-in|budget)$/i;
const GROUP_RE = /\(([^()]*)\)|\[([^[\]]*)\]/g;
const TRAILING_VERSION_RE = /\s+v\d+(?:\.\d+)+[a-z]?$/i;
const TRAILING_ARTICLE_RE = /^(.*?),\s*(the|a|an|der|die|das|le|la|les|el|los|las|il)(?=$|\s*[:-])(.*)$/i;

export interface ParsedReleaseTitle {
  /** The title as released, cleaned for display. */
  title: string;
  regions: string[];
  /** Revision markers such as "Rev 1" or "v1.1". */
  revision: string | null;
  /** Prototype, demo, pirate, hack … : a release that should not name the game. */
  status: string | null;
  /** Every other parenthesised or bracketed tag, kept for the release record. */
  tags: string[];
}

/** Title-cases words written all in capitals ("TETRIS" → "Tetris"), leaving mixed-case titles alone. */
function fixShouting(title: string): string {
  if (/\p{Ll}/u.test(title) || !/\p{Lu}{3,}/u.test(title)) return title;
  return title.toLowerCase().replace(/(^|[\s\-:/(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "Legend of Zelda, The - X" → "The Legend of Zelda - X". */
function moveTrailingArticle(title: string): string {
  const m = TRAILING_ARTICLE_RE.exec(title);
  if (!m) return title;
  const [, head = "", article = "", rest = ""] = m;
  return `${article.charAt(0).toUpperCase()}${article.slice(1).toLowerCase()} ${head}${rest}`;
}

/**
 * MAME writes the subtitle separator as " - " where the box says ":" ("The Legend of Zelda - A Link to the Past").
 * Only the first separator becomes a colon: later ones are usually part of the title.
 */
function colonForSubtitle(title: string): string {
  return title.replace(/\s+-\s+/, ": ");
}

/** Parses a release description into its title and tags. */
export function parseReleaseTitle(description: string): ParsedReleaseTitle {
  const regions: string[] = [];
  const tags: string[] = [];
  let revision: string | null = null;
  let status: string | null = null;

  for (const match of description.matchAll(GROUP_RE)) {
    const inner = (match[1] ?? match[2] ?? "").trim();
    if (!inner) continue;
    let regionOnly = true;
    const parts = inner.split(/\s*[,/+]\s*|\s+&\s+/).filter(Boolean);
    for (const part of parts) {
      const region = REGION_ALIASES[part.toLowerCase()];
      if (region) {
        if (!regions.includes(region)) regions.push(region);
      } else if (REVISION_RE.test(part)) {
        revision ??= part;
      } else if (STATUS_RE.test(part)) {
        status ??= part.toLowerCase();
      } else {
        regionOnly = false;
      }
    }
    if (!regionOnly) tags.push(inner);
  }

  let title = description.replace(GROUP_RE, " ").replace(/_+/g, " ").replace(/\s+/g, " ").trim();
  title = title.replace(TRAILING_VERSION_RE, "").replace(/[\s,:-]+$/, "");
  title = colonForSubtitle(moveTrailingArticle(fixShouting(title)));
  if (!title) title = description.trim();
  return { title, regions, revision, status, tags };
}
