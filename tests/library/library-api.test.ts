// The library API through the real route handlers, signed in with a real Auth.js session cookie, on a fresh
// PostgreSQL database and the imported test catalog: add, list with filters and counts, change, remove,
// and the 4xx answers (validation, conflicts, unknown games, CSRF).
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";

import { entryRoutes, popularGames, UNKNOWN_GAME_ID } from "./support/entry-routes";

setUpAccountsDatabase();

const [zelda, mario, sonic, tetris] = popularGames(4) as [
  { id: number; platform: string },
  { id: number; platform: string },
  { id: number; platform: string },
  { id: number; platform: string },
];
let api: ReturnType<typeof entryRoutes>;
let userId: string;

beforeAll(async () => {
  const user = await createUser("librarian");
  userId = user.id;
  api = entryRoutes(await sessionCookie(user));
});

describe("POST /api/users/me/library", () => {
  it("adds a game with every field and answers 201 with the entry and its game card", async () => {
    const { status, body } = await api.addToLibrary({
      gameId: zelda.id,
      status: "playing",
      rating: 9,
      notes: "  Second playthrough  ",
      platform: zelda.platform.toUpperCase(),
      startedAt: "2025-01-02",
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      gameId: zelda.id,
      status: "PLAYING",
      rating: 9,
      notes: "Second playthrough",
      platform: zelda.platform,
      startedAt: "2025-01-02",
      finishedAt: null,
    });
    expect(Object.keys(body.game).sort()).toEqual(["cover_url", "id", "listed", "name", "platforms", "slug"]);
    expect(body.game.listed).toBe(true);
    expect(body.game).toMatchObject({ id: zelda.id, name: expect.any(String), slug: expect.any(String) });
    expect(body.game.platforms.map((p: { slug: string }) => p.slug)).toContain(zelda.platform);
  });

  it("defaults the status to WANT and leaves the rest empty", async () => {
    const { status, body } = await api.addToLibrary({ gameId: mario.id });
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: "WANT", rating: null, notes: null, platform: null, startedAt: null, finishedAt: null });
  });

  it("answers 409 conflict for a game already in the library and keeps the entry as it was", async () => {
    const { status, body } = await api.addToLibrary({ gameId: zelda.id, status: "dropped", rating: 1 });
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: "conflict", details: { gameId: zelda.id } });
    const row = await (await getDb()).libraryEntry.findUniqueOrThrow({ where: { userId_gameId: { userId, gameId: zelda.id } } });
    expect(row).toMatchObject({ status: "PLAYING", rating: 9 });
  });

  it("answers 404 not_found for a game the catalog does not have", async () => {
    const { status, body } = await api.addToLibrary({ gameId: UNKNOWN_GAME_ID });
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it.each([
    ["rating 0", { rating: 0 }, "rating"],
    ["rating 11", { rating: 11 }, "rating"],
    ["a fractional rating", { rating: 7.5 }, "rating"],
    ["an unknown status", { status: "beaten" }, "status"],
    ["a malformed date", { startedAt: "2025-13-01" }, "startedAt"],
    ["finishedAt before startedAt", { startedAt: "2025-03-01", finishedAt: "2025-02-28" }, "finishedAt"],
    ["a platform that is not a slug", { platform: "Super Nintendo!" }, "platform"],
    ["notes over 2000 characters", { notes: "x".repeat(2001) }, "notes"],
    ["a gameId that is not a number", { gameId: "zelda" }, "gameId"],
  ])("answers 400 invalid_parameters for %s and stores nothing", async (_case, fields, field) => {
    const { status, body } = await api.addToLibrary({ gameId: sonic.id, ...fields });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.details.fields).toHaveProperty(field);
    expect(await (await getDb()).libraryEntry.count({ where: { userId, gameId: sonic.id } })).toBe(0);
  });

  it("answers 400 invalid_json for a malformed body", async () => {
    const { status, body } = await api.addToLibrary('{"gameId": ');
    expect([status, body.error.code]).toEqual([400, "invalid_json"]);
  });

  it("refuses a form post, a text/plain post and a cross-site origin with 403, storing nothing", async () => {
    const form = await api.addToLibrary(`gameId=${sonic.id}`, { "content-type": "application/x-www-form-urlencoded" });
    const plain = await api.addToLibrary(JSON.stringify({ gameId: sonic.id }), { "content-type": "text/plain" });
    const crossSite = await api.addToLibrary({ gameId: sonic.id }, { origin: "https://evil.example" });
    expect([form.status, plain.status, crossSite.status]).toEqual([403, 403, 403]);
    expect(crossSite.body.error.code).toBe("forbidden");
    expect(await (await getDb()).libraryEntry.count({ where: { userId, gameId: sonic.id } })).toBe(0);
  });
});

describe("GET /api/users/me/library", () => {
  it("lists entries, most recently changed first, with game cards and counts per status", async () => {
    await api.addToLibrary({ gameId: tetris.id, status: "completed", platform: tetris.platform });
    const { status, body, headers } = await api.listLibrary();
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(body.entries.map((e: { gameId: number }) => e.gameId)).toEqual([tetris.id, mario.id, zelda.id]);
    for (const entry of body.entries) expect(entry.game).toMatchObject({ id: entry.gameId, slug: expect.any(String) });
    expect(body.counts).toEqual({ WANT: 1, PLAYING: 1, PLAYED: 0, COMPLETED: 1, DROPPED: 0 });
    expect(body.total).toBe(3);
  });

  it("filters by status (any case) and platform, and keeps counts over the whole library", async () => {
    const playing = await api.listLibrary("?status=playing");
    expect(playing.body.entries.map((e: { gameId: number }) => e.gameId)).toEqual([zelda.id]);
    expect(playing.body.total).toBe(1);
    expect(playing.body.counts.COMPLETED).toBe(1);
    const byPlatform = await api.listLibrary(`?platform=${tetris.platform}`);
    expect(byPlatform.body.entries.every((e: { platform: string }) => e.platform === tetris.platform)).toBe(true);
    expect(byPlatform.body.entries.map((e: { gameId: number }) => e.gameId)).toContain(tetris.id);
    const none = await api.listLibrary(`?status=DROPPED&platform=${tetris.platform}`);
    expect(none.body).toMatchObject({ entries: [], total: 0 });
  });

  it("answers 400 for an unknown status filter", async () => {
    const { status, body } = await api.listLibrary("?status=beaten");
    expect([status, body.error.code]).toEqual([400, "invalid_parameters"]);
  });
});

describe("PATCH /api/users/me/library/{gameId}", () => {
  it("changes the fields sent, keeps the others, and clears those sent as null", async () => {
    const { status, body } = await api.changeLibrary(zelda.id, { status: "COMPLETED", finishedAt: "2025-02-01", notes: null });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: "COMPLETED",
      rating: 9,
      startedAt: "2025-01-02",
      finishedAt: "2025-02-01",
      notes: null,
      platform: zelda.platform,
    });
    expect(body.game.id).toBe(zelda.id);
  });

  it("answers 400 for a finish date before the stored start date (the database's CHECK) and keeps the entry", async () => {
    const { status, body } = await api.changeLibrary(zelda.id, { finishedAt: "2024-12-31" });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "invalid_parameters", details: { constraint: "LibraryEntry_dates_check" } });
    const row = await (await getDb()).libraryEntry.findUniqueOrThrow({ where: { userId_gameId: { userId, gameId: zelda.id } } });
    expect(row.finishedAt?.toISOString().slice(0, 10)).toBe("2025-02-01");
  });

  it.each([
    ["rating 0", { rating: 0 }],
    ["rating 11", { rating: 11 }],
    ["an unknown status", { status: "beaten" }],
    ["finishedAt before startedAt", { startedAt: "2025-05-05", finishedAt: "2025-05-04" }],
  ])("answers 400 for %s", async (_case, body) => {
    expect((await api.changeLibrary(zelda.id, body)).status).toBe(400);
  });

  it("answers 404 for a game not in the library, and 400 for a malformed id", async () => {
    expect((await api.changeLibrary(sonic.id, { rating: 5 })).status).toBe(404);
    expect((await api.changeLibrary("zelda", { rating: 5 })).status).toBe(400);
    expect((await api.changeLibrary(0, { rating: 5 })).status).toBe(400);
  });

  it("refuses a cross-site PATCH with 403 and changes nothing", async () => {
    expect((await api.changeLibrary(zelda.id, { rating: 1 }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await (await getDb()).libraryEntry.findUniqueOrThrow({ where: { userId_gameId: { userId, gameId: zelda.id } } })).rating).toBe(
      9,
    );
  });
});

describe("DELETE /api/users/me/library/{gameId}", () => {
  it("refuses a cross-site DELETE with 403, then removes the entry with 204, then answers 404", async () => {
    expect((await api.removeFromLibrary(mario.id, { origin: "https://evil.example" })).status).toBe(403);
    expect(await api.removeFromLibrary(mario.id)).toMatchObject({ status: 204, body: null });
    expect((await api.removeFromLibrary(mario.id)).status).toBe(404);
    expect((await api.listLibrary()).body.counts.WANT).toBe(0);
  });
});
