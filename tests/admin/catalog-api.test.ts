// The catalog console's API through its route handlers, as a signed-in admin on a real PostgreSQL (audit
// log) and a private copy of the replica: search (hidden games included), detail, edit / feature / hide /
// unhide through the write queue, 400s and 404s, players refused, revalidate, and the prerendered list
// without a build manifest.
// First, as `next start` does it: gives Next's request stores a real AsyncLocalStorage.
import "next/dist/server/node-environment-baseline.js";

import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Next's own request store, which a route handler runs inside under `next start`; revalidatePath records the
// page's cache tag there (the server then expires it).
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { POST as revalidateRoute } from "@/app/api/admin/catalog/games/[id]/revalidate/route";
import { GET as getGameRoute, PATCH as patchGameRoute } from "@/app/api/admin/catalog/games/[id]/route";
import { GET as listRoute } from "@/app/api/admin/catalog/games/route";
import { GET as prerenderedRoute } from "@/app/api/admin/catalog/prerendered/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { setUserRole } from "@/lib/auth/set-user-role";
import { getCatalogDb } from "@/lib/catalog/db";
import { listGames } from "@/lib/catalog/list-games";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { apiRequest, read, type Json } from "../auth/support/api-request";
import { sessionCookie } from "../auth/support/session";
import { createUser } from "../auth/support/users";
import { setUpCurationTestEnv } from "../catalog/curation-test-env";

setUpAccountsDatabase();
setUpCurationTestEnv();

let cookie: string;
let playerCookie: string;
let game: { id: number; name: string; slug: string };

const list = (query: string, as = cookie) => read(listRoute(apiRequest(`/api/admin/catalog/games${query}`, { cookie: as }), undefined));
const detail = (id: string | number) =>
  read(getGameRoute(apiRequest(`/api/admin/catalog/games/${id}`, { cookie }), { params: Promise.resolve({ id: String(id) }) }));
const patch = (id: string | number, body: unknown, as = cookie) =>
  read(
    patchGameRoute(apiRequest(`/api/admin/catalog/games/${id}`, { method: "PATCH", body, cookie: as }), {
      params: Promise.resolve({ id: String(id) }),
    }),
  );
const auditOf = async (action: string) => (await listAuditLog({ actionPrefix: action, limit: 20 })).filter((e) => e.action === action);

// The build manifest is read from <cwd>/.next: the tests run from a directory of their own, so whether this
// checkout has been built (it has after a local e2e run) cannot change what they see.
const appDir = mkdtempSync(path.join(tmpdir(), "questlog-prerender-"));
const cwd = vi.spyOn(process, "cwd").mockReturnValue(appDir);
afterAll(() => {
  cwd.mockRestore();
  rmSync(appDir, { recursive: true, force: true });
});

function writeBuildManifest(routes: string[]): void {
  mkdirSync(path.join(appDir, ".next"), { recursive: true });
  writeFileSync(
    path.join(appDir, ".next", "prerender-manifest.json"),
    JSON.stringify({ version: 4, routes: Object.fromEntries(routes.map((r) => [r, {}])) }),
  );
}

beforeAll(async () => {
  const tag = randomBytes(3).toString("hex");
  const admin = await createUser(`catalog-admin-${tag}`);
  await setUserRole(await getDb(), admin, "ADMIN", "cli");
  cookie = await sessionCookie(admin);
  playerCookie = await sessionCookie(await createUser(`catalog-player-${tag}`));
  const [first] = listGames({ limit: 1, offset: 0 }).games;
  game = { id: first!.id, name: first!.name, slug: first!.slug };
});

describe("catalog admin API", () => {
  it("searches names, slugs and ids, pages, and refuses players and bad parameters", async () => {
    const found = await list(`?q=${encodeURIComponent(game.name)}&limit=5`);
    expect(found.status).toBe(200);
    expect(found.body.games[0]).toMatchObject({
      id: game.id,
      name: game.name,
      igdb_name: game.name,
      featured: false,
      hidden: false,
      edited: false,
      prerendered: false,
    });
    expect(found.body.prerender_known).toBe(false);
    expect((await list(`?q=${game.id}`)).body.games[0].id).toBe(game.id);
    const page2 = await list("?limit=3&offset=3");
    expect(page2.body).toMatchObject({ limit: 3, offset: 3 });
    expect(page2.body.games).toHaveLength(3);
    expect(page2.body.total).toBeGreaterThan(1_000);
    expect((await list("?filter=bogus")).status).toBe(400);
    expect((await list("?limit=0")).status).toBe(400);
    expect((await list("", playerCookie)).status).toBe(403);
  });

  it("edits display fields, shows IGDB's beside them, resets one, and audits each change", async () => {
    const edited = await patch(game.id, { name: "  Admin Title  ", summary: "Written by an admin.", coverImageId: "co9xyz" });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: game.id,
      display: { name: "Admin Title", summary: "Written by an admin.", cover_image_id: "co9xyz" },
      igdb: { name: game.name },
      overrides: { name: "Admin Title", summary: "Written by an admin.", cover_image_id: "co9xyz" },
      edited: true,
      curated_by: expect.stringContaining("catalog-admin-"),
    });
    expect((await detail(game.id)).body.display.name).toBe("Admin Title");
    const byOverride = await list("?q=admin%20title&filter=edited");
    expect(byOverride.body.games.map((g: Json) => g.id)).toContain(game.id);
    expect(byOverride.body.games.find((g: Json) => g.id === game.id)).toMatchObject({
      name: "Admin Title",
      igdb_name: game.name,
      edited: true,
    });
    const [entry] = await auditOf("game.edit");
    expect(entry).toMatchObject({ target: `game:${game.id}`, details: { changes: { name: "Admin Title", coverImageId: "co9xyz" } } });

    const reset = await patch(game.id, { name: null });
    expect(reset.body).toMatchObject({ display: { name: game.name, summary: "Written by an admin." }, overrides: { name: null } });
    await patch(game.id, { summary: null, coverImageId: null });
    expect((await detail(game.id)).body).toMatchObject({ edited: false, overrides: { name: null, summary: null, cover_image_id: null } });
  });

  it("features and unfeatures, hides (findable by admins only) and unhides, with an audit row each", async () => {
    expect((await patch(game.id, { featured: true })).body).toMatchObject({ featured: true, featured_at: expect.any(String) });
    expect((await list("?filter=featured")).body.games.map((g: Json) => g.id)).toEqual([game.id]);
    expect((await patch(game.id, { featured: false })).body.featured).toBe(false);

    const hidden = await patch(game.id, { hidden: true });
    expect(hidden.body.hidden).toBe(true);
    expect(listGames({ limit: 5, offset: 0 }).games.map((g) => g.id)).not.toContain(game.id);
    const listed = await list(`?q=${encodeURIComponent(game.name)}&filter=hidden`);
    expect(listed.body.games.map((g: Json) => g.id)).toEqual([game.id]);
    expect((await patch(game.id, { hidden: false })).body.hidden).toBe(false);
    expect(listGames({ limit: 5, offset: 0 }).games.map((g) => g.id)).toContain(game.id);

    for (const action of ["game.feature", "game.unfeature", "game.hide", "game.unhide"]) {
      expect((await auditOf(action))[0], action).toMatchObject({ target: `game:${game.id}`, details: { name: game.name } });
    }
  });

  it("answers 400 for bad bodies and ids, 404 for unknown games, 403 for players", async () => {
    const cases: Array<[string, unknown]> = [
      ["empty body", {}],
      ["blank name", { name: "   " }],
      ["long name", { name: "x".repeat(201) }],
      ["long summary", { summary: "x".repeat(5_001) }],
      ["cover with a path", { coverImageId: "../etc/passwd" }],
      ["unknown field", { rating: 100 }],
      ["featured as a string", { featured: "yes" }],
    ];
    for (const [name, body] of cases) {
      const res = await patch(game.id, body);
      expect(res.status, name).toBe(400);
      expect(res.body.error.code, name).toBe("invalid_parameters");
    }
    expect((await patch(game.id, "not json")).status).toBe(400);
    expect((await patch("abc", { hidden: true })).status).toBe(400);
    expect((await detail("0")).status).toBe(400);
    const missing = 2 ** 31 - 2;
    expect((await detail(missing)).status).toBe(404);
    expect((await patch(missing, { hidden: true })).status).toBe(404);
    expect(getCatalogDb().prepare("SELECT count(*) FROM game_curation WHERE game_id = ?").pluck().get(missing)).toBe(0);
    expect((await patch(game.id, { hidden: true }, playerCookie)).status).toBe(403);
    expect((await detail(game.id)).body.hidden).toBe(false);
  });

  it("revalidates the game page, and says the prerendered pages are unknown without a build", async () => {
    const revalidate = (id: string | number) =>
      revalidateRoute(apiRequest(`/api/admin/catalog/games/${id}/revalidate`, { method: "POST", body: {}, cookie }), {
        params: Promise.resolve({ id: String(id) }),
      });
    const store = {
      route: "/api/admin/catalog/games/[id]/revalidate",
      incrementalCache: {},
      pendingRevalidatedTags: undefined as Array<{ tag: string }> | undefined,
    };
    const res = await read(workAsyncStorage.run(store as unknown as Parameters<typeof workAsyncStorage.run>[0], () => revalidate(game.id)));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revalidated: `/games/${game.slug}` });
    expect(store.pendingRevalidatedTags?.map((t) => t.tag)).toContain(`_N_T_/games/${game.slug}`);
    expect((await auditOf("game.revalidate"))[0]).toMatchObject({ target: `game:${game.id}`, details: { path: `/games/${game.slug}` } });
    expect((await read(revalidate(2 ** 31 - 2))).status).toBe(404);
    const prerendered = await read(prerenderedRoute(apiRequest("/api/admin/catalog/prerendered", { cookie }), undefined));
    expect(prerendered.body).toEqual({ available: false, reason: "unknown: no build manifest", count: 0, games: [] });
  });

  it("lists the game pages the build prerendered, and marks them in search results", async () => {
    writeBuildManifest(["/", `/games/${game.slug}`, "/platforms"]);
    const prerendered = await read(prerenderedRoute(apiRequest("/api/admin/catalog/prerendered", { cookie }), undefined));
    expect(prerendered.body).toMatchObject({ available: true, count: 1, games: [{ slug: game.slug, name: game.name, id: game.id }] });
    const found = await list(`?q=${encodeURIComponent(game.name)}&limit=5`);
    expect(found.body.prerender_known).toBe(true);
    expect(found.body.games.find((g: Json) => g.id === game.id)).toMatchObject({ prerendered: true });
    rmSync(path.join(appDir, ".next"), { recursive: true });
  });
});
