// Shared by the stand-in tests: a tiny hand-made catalog (exact expectations, fast to load, no CPU
// contention for timing tests), the real catalog's path, and small HTTP helpers over fetch.
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { inject } from "vitest";

import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { startIgdbStandin, type IgdbStandin, type IgdbStandinOptions } from "@/standins/igdb";

/** The real CC0 catalog imported by global-setup (standinCatalogPath when the setup provides it). */
export function realCatalogPath(): string {
  const provided = inject as unknown as (key: string) => string | undefined;
  return provided("standinCatalogPath") ?? inject("catalogPath");
}

export const TINY_IMPORTED_AT = "2024-05-01T00:00:00.000Z";

type GameSpec = [id: number, slug: string, name: string, popularity: number, date: string | null, summary?: string, rating?: number];
const GAMES: GameSpec[] = [
  [1, "tetris", "Tetris", 80, "1989-06-14"],
  [2, "tetris-2", "Tetris 2", 50, "1993"],
  [3, "super-tetris-3", "Super Tetris 3", 30, "1994-12"],
  [4, "pokemon-red-version", "Pokémon: Red Version", 90, "1996-02-27"],
  [5, "pokemon-blue-version", "Pokémon: Blue Version", 85, "1996"],
  [6, "the-legend-of-zelda", "The Legend of Zelda", 95, "1986-02-21", "Link explores Hyrule.", 91.5],
  [7, "zelda-ii-the-adventure-of-link", "Zelda II: The Adventure of Link", 70, "1987"],
  [8, "mystery-game", "Mystery Game", 1, null],
];
const PLATFORMS: Array<[number, string, string]> = [
  [1, "game-boy", "Game Boy"],
  [2, "nes", "Nintendo Entertainment System"],
  [3, "snes", "Super Nintendo"],
];
const COMPANIES: Array<[number, string, string]> = [
  [1, "nintendo", "Nintendo"],
  [2, "bullet-proof-software", "Bullet-Proof Software"],
  [3, "game-freak", "Game Freak"],
];
type ReleaseSpec = [
  id: number,
  game: number,
  platform: number,
  regions: string,
  date: string | null,
  publisher: number | null,
  developer: number | null,
];
const RELEASES: ReleaseSpec[] = [
  [1, 1, 1, "USA", "1989-06-14", 1, 2],
  [2, 1, 2, "Japan", "1988-12", 2, null],
  [3, 2, 2, "", "1993", 1, null],
  [4, 3, 3, "Europe, USA", "1994-12", null, null],
  [5, 4, 1, "Japan", "1996-02-27", 1, 3],
  [6, 4, 1, "USA", "1998-09", 1, 3],
  [7, 5, 1, "Brazil", "1996", 1, 3],
  [8, 6, 2, "Japan", "1986-02-21", 1, 1],
  [9, 7, 2, "Korea", "1987", 1, 1],
];
const ALT_TITLES: Array<[number, string]> = [
  [4, "Pocket Monsters Aka"],
  [4, "Pokemon Red"],
  [5, "Pocket Monsters Ao"],
  [6, "Zelda no Densetsu"],
];

/** Writes the tiny catalog into a fresh file; returns its path and a cleanup. */
export function createTinyCatalog(): { file: string; cleanup: () => void } {
  const dir = path.join(os.tmpdir(), `questlog-standin-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "catalog.sqlite");
  const db = openCatalogDatabase(file);
  db.transaction(() => {
    for (const [id, slug, name] of PLATFORMS) db.prepare("INSERT INTO platforms (id, slug, name) VALUES (?, ?, ?)").run(id, slug, name);
    for (const [id, slug, name] of COMPANIES) db.prepare("INSERT INTO companies (id, slug, name) VALUES (?, ?, ?)").run(id, slug, name);
    for (const [id, slug, name, popularity, date, summary, rating] of GAMES) {
      db.prepare(
        `INSERT INTO games (id, slug, name, sort_name, summary, rating, first_release_date, popularity, anchor, updated_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, slug, name, name.toLowerCase(), summary ?? null, rating ?? null, date, popularity, `list/${slug}`, TINY_IMPORTED_AT);
    }
    for (const [id, game, platform, regions, date, publisher, developer] of RELEASES) {
      db.prepare(
        `INSERT INTO releases (id, game_id, platform_id, list, mame_name, parent_name, title, regions, release_date,
                                        publisher_id, developer_id) VALUES (?, ?, ?, 'list', ?, ?, 'title', ?, ?, ?, ?)`,
      ).run(id, game, platform, `r${id}`, `r${id}`, regions, date, publisher, developer);
    }
    for (const [game, title] of ALT_TITLES) db.prepare("INSERT INTO alternative_titles (game_id, title) VALUES (?, ?)").run(game, title);
    db.prepare("INSERT INTO catalog_meta (key, value) VALUES ('import.completed_at', ?)").run(TINY_IMPORTED_AT);
  })();
  db.close();
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stand-in with limits high enough not to interfere, unless the test sets its own. */
export function startTestStandin(dataPath: string, options: Partial<IgdbStandinOptions> = {}): Promise<IgdbStandin> {
  return startIgdbStandin({ dataPath, rateLimit: { perSecond: 100_000, open: 10_000 }, ...options });
}

export async function mintToken(standin: IgdbStandin): Promise<string> {
  const url = `${standin.tokenUrl}?client_id=${standin.clientId}&client_secret=${standin.clientSecret}&grant_type=client_credentials`;
  const res = await fetch(url, { method: "POST" });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** POSTs Apicalypse to /v4/{endpoint} as our client does; the body is parsed JSON. */
export async function api<T = unknown>(
  standin: IgdbStandin,
  token: string,
  endpoint: string,
  body: string,
  init: { clientId?: string; signal?: AbortSignal } = {},
): Promise<ApiResponse<T>> {
  const res = await fetch(`${standin.apiUrl}/${endpoint}`, {
    method: "POST",
    headers: { "Client-ID": init.clientId ?? standin.clientId, Authorization: `Bearer ${token}`, "Content-Type": "text/plain" },
    body,
    signal: init.signal,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as T };
}

/** Calls the control API; `body` is sent as JSON. */
export async function control<T = unknown>(standin: IgdbStandin, method: string, route: string, body?: unknown): Promise<ApiResponse<T>> {
  const res = await fetch(`${standin.url}/__standin/${route}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } } : {}),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as T };
}

export type Rec = { id: number } & Record<string, unknown>;
