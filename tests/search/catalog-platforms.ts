// Platform rows as the imported catalog has them (id, slug, name, game count), for the search tests.
import type { CatalogPlatform } from "@/lib/search/platforms/platform-aliases";

export const NES = { id: 289, slug: "nintendo-entertainment-system", name: "Nintendo Entertainment System", gameCount: 2765 };
export const SNES = { id: 413, slug: "super-nintendo", name: "Super Nintendo", gameCount: 1994 };
export const PLAYSTATION = { id: 329, slug: "playstation", name: "PlayStation", gameCount: 2496 };
export const GAME_BOY = { id: 161, slug: "game-boy", name: "Game Boy", gameCount: 1159 };
export const GAME_BOY_COLOR = { id: 164, slug: "game-boy-color", name: "Game Boy Color", gameCount: 1160 };
export const GBA = { id: 162, slug: "game-boy-advance", name: "Game Boy Advance", gameCount: 1824 };
export const N64 = { id: 287, slug: "nintendo-64", name: "Nintendo 64", gameCount: 457 };
export const MEGA_DRIVE = { id: 367, slug: "sega-mega-drive-genesis", name: "Sega Mega Drive / Genesis", gameCount: 1228 };

/** Those above, and a few whose names test the derivation rules. */
export const CATALOG_PLATFORMS: CatalogPlatform[] = [
  NES,
  SNES,
  PLAYSTATION,
  GAME_BOY,
  GAME_BOY_COLOR,
  GBA,
  N64,
  MEGA_DRIVE,
  { id: 370, slug: "sega-saturn", name: "Sega Saturn", gameCount: 1277 },
  { id: 91, slug: "commodore-64", name: "Commodore 64", gameCount: 1424 },
  { id: 180, slug: "ibm-pc", name: "IBM PC", gameCount: 1444 },
  { id: 276, slug: "nec-pc-8001-n-basic", name: "NEC PC-8001 (N-BASIC)", gameCount: 176 },
  { id: 297, slug: "nintendo-virtual-boy", name: "Nintendo Virtual Boy", gameCount: 28 },
];
