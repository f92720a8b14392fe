// The sitemaps over the whole CC0 catalog (73,000+ games, more than one child's 50,000): a private copy of the
// full catalog with one game hidden and one curated, read through the real lib/catalog connection.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { countListedGames, SITEMAP_MAX_URLS } from "@/lib/catalog/list-sitemap-entries";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { dropProcessSingleton } from "@/lib/process-singleton";
import { listSitemapEntries, listSitemapIds, renderSitemapIndex } from "@/lib/seo/sitemaps";

import { setTestEnv } from "../support/with-env";

const CURATED_AT = "2099-01-02T03:04:05.000Z";
let dir = "";
let restore = () => {};
let games: Array<{ id: number; slug: string; updated_at: string }> = [];
let hidden: { id: number; slug: string };
let curated: { id: number; slug: string };
let platformSlugs: string[] = [];

function closeCatalog(): void {
  dropProcessSingleton<CatalogDatabase>("questlogCatalog")?.close();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "questlog-sitemaps-"));
  const source = new Database(inject("catalogPath"), { readonly: true });
  await source.backup(path.join(dir, "catalog.sqlite"));
  source.close();
  const db = new Database(path.join(dir, "catalog.sqlite"));
  games = db.prepare("SELECT id, slug, updated_at FROM games ORDER BY id").all() as typeof games;
  hidden = games[100]!;
  curated = games[200]!;
  db.prepare("INSERT INTO game_curation (game_id, hidden) VALUES (?, 1)").run(hidden.id);
  db.prepare("INSERT INTO game_curation (game_id, name, updated_at) VALUES (?, 'Renamed', ?)").run(curated.id, CURATED_AT);
  platformSlugs = db.prepare("SELECT slug FROM platforms WHERE id IN (SELECT platform_id FROM releases)").pluck().all() as string[];
  db.close();
  closeCatalog();
  restore = setTestEnv({ DATA_DIR: dir });
});

afterAll(() => {
  closeCatalog();
  restore();
  rmSync(dir, { recursive: true, force: true });
});

describe("listSitemapIds", () => {
  it("names the pages sitemap and enough game sitemaps for every listed game", () => {
    const listed = countListedGames();
    expect(listed).toBe(games.length - 1);
    expect(listed).toBeGreaterThan(SITEMAP_MAX_URLS); // the whole catalog needs more than one child
    const gameChildren = Math.ceil(listed / SITEMAP_MAX_URLS);
    expect(listSitemapIds()).toEqual([0, ...Array.from({ length: gameChildren }, (_, i) => i + 1)]);
  });
});

describe("listSitemapEntries", () => {
  it("lists every listed game exactly once across the game sitemaps, none over the limit, the hidden one in none", () => {
    const seen = new Map<string, string | undefined>();
    for (const id of listSitemapIds().filter((id) => id > 0)) {
      const started = performance.now();
      const entries = listSitemapEntries(String(id));
      console.log(`[sitemaps] child ${id}: ${entries.length} URLs in ${Math.round(performance.now() - started)} ms`);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
      for (const entry of entries) {
        expect(seen.has(entry.path), entry.path).toBe(false);
        seen.set(entry.path, entry.lastModified);
      }
    }
    const visible = games.filter((g) => g.id !== hidden.id);
    expect(seen.size).toBe(visible.length);
    expect([...seen.keys()].sort()).toEqual(visible.map((g) => `/games/${g.slug}`).sort());
    expect(seen.has(`/games/${hidden.slug}`)).toBe(false);
    // lastmod: the row's updated_at, or an admin's later curation.
    expect(seen.get(`/games/${games[0]!.slug}`)).toBe(games[0]!.updated_at);
    expect(seen.get(`/games/${curated.slug}`)).toBe(CURATED_AT);
  });

  it("lists the home page, the platform list, deals and every platform with games in the pages sitemap", () => {
    const entries = listSitemapEntries("0");
    const paths = entries.map((e) => e.path);
    expect(paths.slice(0, 3)).toEqual(["/", "/platforms", "/deals"]);
    expect(paths.slice(3).sort()).toEqual(platformSlugs.map((slug) => `/platforms/${slug}`).sort());
    for (const entry of entries.filter((e) => e.path !== "/deals")) expect(entry.lastModified, entry.path).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(entries.find((e) => e.path === "/")?.lastModified).toBe(CURATED_AT); // the latest change, a curation here
  });

  it("lists nothing for an id that is not a child", () => {
    const last = Math.max(...listSitemapIds());
    for (const id of [String(last + 1), "-1", "1.5", "abc", "", "0x1", "99999999"]) expect(listSitemapEntries(id), id).toEqual([]);
  });
});

describe("renderSitemapIndex", () => {
  it("points at every child sitemap under the origin", () => {
    const xml = renderSitemapIndex("https://questlog.example");
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    const locs = [...xml.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => m[1]);
    expect(locs).toEqual(listSitemapIds().map((id) => `https://questlog.example/sitemap/${id}.xml`));
  });
});
