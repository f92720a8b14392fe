// How many players a platform reached: approximate lifetime hardware sales in millions (public figures,
// rounded). It weighs popularity evidence: a release on the Game Boy reached more people than one on the
// Videoton TVC. Lists missing here count as niche machines.
const UNITS_MILLIONS_BY_LIST_PREFIX: Array<[RegExp, number]> = [
  [/^(gameboy|gbcolor)$/, 118],
  [/^psx$/, 102],
  [/^gba/, 81],
  [/^(nes|famicom_flop|famibox)$/, 62],
  [/^snes/, 49],
  [/^n64/, 33],
  [/^(megadriv|genesis)$/, 31],
  [/^a2600/, 30],
  [/^pc98/, 18],
  [/^c64/, 17],
  [/^(sms|sg1000)$/, 13],
  [/^gamegear$/, 11],
  [/^(pce|tg16|pcecd)$/, 10],
  [/^saturn$/, 9],
  [/^dc$/, 9],
  [/^ibm51/, 8],
  [/^apple2(?!gs)/, 6],
  [/^st_/, 5],
  [/^(spectrum_|specpls3_)/, 5],
  [/^msx/, 5],
  [/^amiga(ocs|ecs|aga)?_flop$/, 5],
  [/^a800/, 4],
  [/^(a7800|wswan|wscolor)$/, 3.5],
  [/^(cpc_|gx4000)/, 3],
  [/^(intv|lynx|megacd|megacdj|segacd)$/, 2.5],
  [/^(coleco|3do|ngpc|ngp)$/, 2],
  [/^(bbc|electron)/, 1.5],
  [/^(cdi|neogeo|neocd|pc8801|vboy|32x|vectrex|x68k|fmtowns)/, 1],
];

const MAX_UNITS = 120;
const NICHE_WEIGHT = 0.1;

/** 0..1 on a log scale, so the Game Boy is not worth a thousand Videoton TVCs. */
export function platformReach(list: string): number {
  for (const [pattern, units] of UNITS_MILLIONS_BY_LIST_PREFIX) {
    if (pattern.test(list)) return Math.log1p(units) / Math.log1p(MAX_UNITS);
  }
  return NICHE_WEIGHT;
}
