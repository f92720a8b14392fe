// Maps MAME software lists onto platforms, and says which lists hold no games.
// Several lists are media of one machine (cpc_cass + cpc_flop → Amstrad CPC), so a game's platform
// count measures machines, not media.
import { slugify } from "@/lib/text/fold";

/** Lists of music files, karaoke, operating systems, applications and drivers: not games. */
const NON_GAME_LISTS = new Set([
  "vgmplay",
  "bbc_flop_hybrid",
  "midi_flop",
  "roland_tnsc1",
  "snes_vkun",
  "amiga_apps",
  "amiga_demos",
  "amiga_hardware",
  "amiga_workbench",
  "amiga_a1000",
  "amiga_a3000",
  "atom_rom",
  "sgi_mips",
  "next",
  "next_cdrom",
  "hp9k3xx_cdrom",
  "hp9k3xx_flop",
  "psion1",
  "psion2",
  "kaypro",
  "epson_cpm",
  "gimix",
  "dps1",
  "lanteach",
  "lantrans",
  "kpython2",
  "gtfore",
  "easy_karaoke_cart",
  "singingstarkaraoke_cart",
  "bkrankp_cart",
  "nes_kstudio",
  "sat_vccart",
  "horizon",
  "wicat",
  "famicom_cass",
]);
const NON_GAME_LIST_RE = /(_hdd$|^ekara_|^hp98\d\d\w*_rom$)/;

/** Platform names where the description alone would split one machine or name it badly. */
const PLATFORM_OVERRIDES: Record<string, string> = {
  amigaocs_flop: "Commodore Amiga",
  amigaecs_flop: "Commodore Amiga",
  amigaaga_flop: "Commodore Amiga",
  amiga_flop: "Commodore Amiga",
  a800: "Atari 8-bit",
  a800_cass: "Atari 8-bit",
  a800_flop: "Atari 8-bit",
  xegs: "Atari 8-bit",
  megacd: "Sega CD / Mega-CD",
  megacdj: "Sega CD / Mega-CD",
  segacd: "Sega CD / Mega-CD",
  megadriv: "Sega Mega Drive / Genesis",
  genesis: "Sega Mega Drive / Genesis",
  specpls3_flop: "Sinclair ZX Spectrum",
  spectrum_cass: "Sinclair ZX Spectrum",
  famicom_flop: "Famicom Disk System",
  nes: "Nintendo Entertainment System",
  snes: "Super Nintendo",
  snes_bspack: "Satellaview",
  gba_ereader: "Game Boy Advance e-Reader",
  gameboy: "Game Boy",
  gbcolor: "Game Boy Color",
  gba: "Game Boy Advance",
  n64: "Nintendo 64",
  psx: "PlayStation",
  saturn: "Sega Saturn",
  dc: "Sega Dreamcast",
  pce: "PC Engine / TurboGrafx-16",
  tg16: "PC Engine / TurboGrafx-16",
  pcecd: "PC Engine CD",
  apple2_flop_clcracked: "Apple II",
  apple2_flop_orig: "Apple II",
  apple2_flop_misc: "Apple II",
  apple2_cass: "Apple II",
  apple2gs_flop_clcracked: "Apple IIgs",
  apple2gs_flop_orig: "Apple IIgs",
  apple2gs_flop_misc: "Apple IIgs",
  bbcb_flop: "BBC Micro",
  bbcb_flop_orig: "BBC Micro",
  bbc_cass: "BBC Micro",
  bbc_rom: "BBC Micro",
  ibm5150: "IBM PC",
  ibm5170: "IBM PC",
  ibm5170_cdrom: "IBM PC",
};

const MISC_SUFFIX_RE = /\s*\((?:misc(?: list)?)\)\s*$/i;
const MEDIA_SUFFIX_RE =
  /\s+(?:original|cleanly cracked|miscellaneous|misc|additional)?\s*(?:cartridges?|cassettes?|cassetes|tapes?|disk images|disc images|floppy disk images|floppy disks?|floppies|floppy images|diskettes?|disks?|discs?|cd-roms?|gd-roms?|rom images|roms?|memory cards?|cards?|snapshots?|quickloads?|quickload|memory packs|packs?|images)(?:\s*\([^)]*\))?$/i;

export interface PlatformInfo {
  name: string;
  slug: string;
}

/** True when the list holds games (or may: mixed lists are kept). */
export function isGameList(list: string): boolean {
  return !NON_GAME_LISTS.has(list) && !NON_GAME_LIST_RE.test(list);
}

/** The platform a software list belongs to. */
export function platformForList(list: string, listDescription: string): PlatformInfo {
  const name =
    PLATFORM_OVERRIDES[list] ?? (listDescription.replace(MISC_SUFFIX_RE, "").replace(MEDIA_SUFFIX_RE, "").trim() || listDescription);
  return { name, slug: slugify(name) || slugify(list) };
}
