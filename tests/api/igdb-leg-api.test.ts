// The search leg end to end through the route handlers: a title held only upstream comes from the
// stand-in (started in-process by zero-config mode, as on `npm start`), is queued for the replica (the
// drainer runs here as instrumentation runs it in the server), and the same search then comes from SQLite. DATA_DIR is the global-setup catalog seeded with the top 50,000.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as getGame } from "@/app/api/games/[id]/route";
import { GET as search } from "@/app/api/games/search/route";
import { POST as webhook } from "@/app/api/igdb/webhook/route";
import { closeIgdbConnection, getIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getCatalogDb } from "@/lib/catalog/db";

import { until } from "../catalog-writes/write-fixtures";
import { withEnv } from "../support/with-env";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function searchFor(q: string) {
  const res = await search(new NextRequest(`http://localhost/api/games/search?q=${encodeURIComponent(q)}`), undefined);
  return { status: res.status, body: (await res.json()) as Json };
}

/** The stand-in runs as a child process; its counters come over its control API, as in production. */
async function upstreamRequests(): Promise<number> {
  const { standin } = await getIgdbConnection();
  const stats = (await (await fetch(`${standin!.url}/__standin/stats`)).json()) as { requests: number };
  return stats.requests;
}

const localCount = (id: number) => getCatalogDb().prepare("SELECT count(*) FROM games WHERE id = ?").pluck().get(id) as number;

beforeAll(() => getCatalogWriteQueue().start());
afterAll(async () => {
  await closeCatalogWriteQueue();
  await closeIgdbConnection();
});

describe("search leg", () => {
  it("answers an upstream-only title from IGDB, then from SQLite", async () => {
    const first = await searchFor("kombat rabbits");
    expect(first.status).toBe(200);
    expect(first.body.meta.source).toBe("igdb");
    const hit = first.body.results[0];
    expect(hit).toMatchObject({ name: "Kombat Rabbits", slug: "kombat-rabbits" });
    expect(hit.platforms.length).toBeGreaterThan(0);
    // The request did not wait for the disk; the drainer writes the row moments later.
    await until(() => localCount(hit.id) === 1, 5_000, "the drainer to write the game");

    const second = await searchFor("kombat rabbits");
    expect(second.body.meta.source).toBe("database");
    expect(second.body.results[0]).toMatchObject({ id: hit.id, name: "Kombat Rabbits" });
  });

  it("does not ask IGDB when SQLite has a good answer", async () => {
    const before = await upstreamRequests();
    const { body } = await searchFor("super mario bros 3");
    expect(body.meta.source).toBe("database");
    expect(await upstreamRequests()).toBe(before);
  });

  it("remembers that IGDB had nothing, so a repeated miss costs one upstream call", async () => {
    const before = await upstreamRequests();
    for (let i = 0; i < 3; i++)
      expect((await searchFor("qqqzzzxxxjjj")).body).toMatchObject({ results: [], meta: { total: 0, source: "database" } });
    expect(await upstreamRequests()).toBe(before + 1);
  });
});

describe("GET /api/games/{id} for a game missing locally", () => {
  it("fetches it from IGDB and keeps it", async () => {
    // The least popular game upstream is certainly outside the seeded slice.
    const id = await leastPopularUpstreamId();
    expect(localCount(id)).toBe(0);
    const res = await getGame(new NextRequest(`http://localhost/api/games/${id}`), { params: Promise.resolve({ id: String(id) }) });
    expect(res.status).toBe(200);
    const fromIgdb = (await res.json()) as Json;
    expect(fromIgdb.id).toBe(id);
    await until(() => localCount(id) === 1, 5_000, "the drainer to write the game");
    // Served from the replica now, with the page data IGDB's answer gave.
    const again = (await (
      await getGame(new NextRequest(`http://localhost/api/games/${id}`), { params: Promise.resolve({ id: String(id) }) })
    ).json()) as Json;
    expect(again).toMatchObject({ id, name: fromIgdb.name, slug: fromIgdb.slug, release_year: fromIgdb.release_year });
    expect(new Set(again.platforms.map((p: Json) => p.slug))).toEqual(new Set(fromIgdb.platforms.map((p: Json) => p.slug)));
  });

  it("is a 404 when IGDB does not have it either", async () => {
    const res = await getGame(new NextRequest("http://localhost/api/games/99999999"), { params: Promise.resolve({ id: "99999999" }) });
    expect(res.status).toBe(404);
  });
});

async function leastPopularUpstreamId(): Promise<number> {
  const { client } = await getIgdbConnection();
  const { rows } = await client.query("popularity_primitives", "fields game_id, value; sort value asc; limit 1;");
  return (rows[0] as { game_id: number }).game_id;
}

describe("POST /api/igdb/webhook", () => {
  const post = (query: string, body: unknown, secret?: string) =>
    webhook(
      new NextRequest(`http://localhost/api/igdb/webhook?${query}`, {
        method: "POST",
        headers: secret ? { "X-Secret": secret, "Content-Type": "application/json" } : { "Content-Type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
      undefined,
    );

  it("checks X-Secret, validates input and applies update and delete", async () => {
    await withEnv({ IGDB_WEBHOOK_SECRET: "hook-secret" }, async () => {
      expect((await post("method=update", { id: 1 })).status).toBe(401);
      expect((await post("method=update", { id: 1 }, "wrong")).status).toBe(401);
      const badMethod = await post("method=rename", { id: 1 }, "hook-secret");
      expect(badMethod.status).toBe(400);
      expect(((await badMethod.json()) as Json).error.code).toBe("invalid_parameters");
      expect((await post("method=update", "{not json", "hook-secret")).status).toBe(400);

      const id = await leastPopularUpstreamId();
      const created = await post("method=create", { id }, "hook-secret");
      expect(created.status).toBe(202);
      const stored = (await created.json()) as Json;
      expect(stored).toMatchObject({ ok: true, action: "stored", id });
      expect((await getCatalogWriteQueue().settled(stored.write)).state).toBe("applied");
      expect(localCount(id)).toBe(1);
      const deleted = await post("method=delete", { id }, "hook-secret");
      const removed = (await deleted.json()) as Json;
      expect(removed).toMatchObject({ ok: true, action: "deleted", id });
      expect((await getCatalogWriteQueue().settled(removed.write)).state).toBe("applied");
      expect(localCount(id)).toBe(0);
    });
  });
});
