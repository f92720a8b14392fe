// The /api/admin/store routes through their handlers on real PostgreSQL, as the console and a script call them:
// listings (list, search, edit with the 409 price lock, list/unlist), CSV export and the all-or-nothing import
// (malformed rows refused with their line numbers, nothing half-applied, the dry run writing nothing), sales
// (create 201, the guard-rail codes, preview, delete before start), the audit log, and the attack surface: players
// and signed-out callers refused, cross-site and non-JSON browser mutations refused (CSRF), bodies bounded.
import { beforeAll, describe, expect, it } from "vitest";

import { GET as getListingRoute, PUT as putListingRoute } from "@/app/api/admin/store/listings/[gameId]/route";
import { GET as exportRoute } from "@/app/api/admin/store/listings/export/route";
import { POST as importRoute } from "@/app/api/admin/store/listings/import/route";
import { GET as listListingsRoute } from "@/app/api/admin/store/listings/route";
import { DELETE as deleteSaleRoute } from "@/app/api/admin/store/sales/[id]/route";
import { POST as previewRoute } from "@/app/api/admin/store/sales/preview/route";
import { POST as createSaleRoute, GET as listSalesRoute } from "@/app/api/admin/store/sales/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { setUserRole } from "@/lib/auth/set-user-role";
import { apiRequest, read, type Json } from "@/tests/auth/support/api-request";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";
import { setUpStoreDatabase } from "@/tests/store/pricing/support/store-database";
import { catalogGameIds } from "@/tests/store/support/store-fixtures";

import { DAY_MS, HOUR_MS, listedGames } from "./support/sale-fixtures";

const TOKEN = "store-admin-api-token-0123456789abcdef";
setUpStoreDatabase("postgres", { ADMIN_API_TOKEN: TOKEN });

let cookie: string;
let playerCookie: string;
const bearer = { authorization: `Bearer ${TOKEN}` };
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

beforeAll(async () => {
  const admin = await createUser("store-admin");
  await setUserRole(await getDb(), admin, "ADMIN", "cli");
  cookie = await sessionCookie(admin);
  playerCookie = await sessionCookie(await createUser("store-player"));
});

const putListing = (gameId: number, body: unknown, credentials: { cookie?: string; headers?: Record<string, string> } = { cookie }) =>
  read(
    putListingRoute(
      apiRequest(`/api/admin/store/listings/${gameId}`, { method: "PUT", body, ...credentials }),
      params({ gameId: String(gameId) }),
    ),
  );
const importCsv = (csv: string, dryRun = false) =>
  read(
    importRoute(
      apiRequest(`/api/admin/store/listings/import${dryRun ? "?dry_run=1" : ""}`, { method: "POST", body: { csv }, cookie }),
      undefined,
    ),
  );
const createSale = (body: unknown) =>
  read(createSaleRoute(apiRequest("/api/admin/store/sales", { method: "POST", body, cookie }), undefined));
const saleJson = (gameIds: number[], overrides: Json = {}) => ({
  name: "Spring Sale",
  percent: 40,
  starts_at: new Date(Date.now() + HOUR_MS).toISOString(),
  ends_at: new Date(Date.now() + HOUR_MS + 3 * DAY_MS).toISOString(),
  game_ids: gameIds,
  ...overrides,
});
async function auditActions(target: string): Promise<string[]> {
  return (await (await getDb()).auditLog.findMany({ where: { target }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
}

describe("listings API", () => {
  it("lists listings with titles and prices, finds them by title or id, filters unlisted", async () => {
    const [game] = await listedGames(1);
    const all = await read(listListingsRoute(apiRequest("/api/admin/store/listings?limit=100", { cookie }), undefined));
    expect(all.status).toBe(200);
    const row = (all.body.listings as Json[]).find((l) => l.game_id === game);
    expect(row).toMatchObject({ listed: true, prices: { USD: "19.99", EUR: "17.99", GBP: "15.99", JPY: "2480.00" }, locked_by_sale: null });
    const byId = await read(listListingsRoute(apiRequest(`/api/admin/store/listings?q=${game}`, { cookie }), undefined));
    expect(byId.body.listings.map((l: Json) => l.game_id)).toContain(game);
    const byTitle = await read(
      listListingsRoute(apiRequest(`/api/admin/store/listings?q=${encodeURIComponent(row!.title.slice(0, 6))}`, { cookie }), undefined),
    );
    expect(byTitle.body.listings.map((l: Json) => l.game_id)).toContain(game);
    const unlisted = await read(listListingsRoute(apiRequest("/api/admin/store/listings?listed=unlisted", { cookie }), undefined));
    expect(unlisted.body.listings.map((l: Json) => l.game_id)).not.toContain(game);
    expect((await read(listListingsRoute(apiRequest("/api/admin/store/listings?limit=1000", { cookie }), undefined))).status).toBe(400);
  });

  it("edits prices and listing, audit-logged; 409 price_locked_by_sale during a sale; 400 on bad prices", async () => {
    const [game, locked] = await listedGames(2);
    const edited = await putListing(game!, { prices: { USD: "24.99", JPY: "2980" } });
    expect(edited.status).toBe(200);
    expect(edited.body.prices).toMatchObject({ USD: "24.99", JPY: "2980.00" });
    expect((await putListing(game!, { listed: false })).body.listed).toBe(false);
    expect(await auditActions(`game:${game}`)).toEqual(["listing.price.update", "listing.unlist"]);
    const got = await read(getListingRoute(apiRequest(`/api/admin/store/listings/${game}`, { cookie }), params({ gameId: String(game) })));
    expect(got.body).toMatchObject({ game_id: game, listed: false });

    expect((await createSale(saleJson([locked!]))).status).toBe(201);
    const refused = await putListing(locked!, { prices: { EUR: "9.99" } });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "price_locked_by_sale", details: { sale: { name: "Spring Sale" } } });

    for (const body of [
      {},
      { prices: { USD: "-1" } },
      { prices: { USD: 1e12 } },
      { prices: { XYZ: "1.00" } },
      { prices: { JPY: "980.50" } },
      { listed: "yes" },
      "[]",
    ])
      expect((await putListing(game!, body)).status, JSON.stringify(body)).toBe(400);
    expect((await putListing(1_999_999_999, { prices: { USD: "9.99" } })).status).toBe(404);
  });

  it("creates a listing for a catalog game priced in every currency", async () => {
    const [fresh] = catalogGameIds(1, 4_000);
    expect((await putListing(fresh!, { prices: { USD: "9.99" } })).status).toBe(400);
    const created = await putListing(fresh!, { prices: { USD: "9.99", EUR: "9.99", GBP: "8.99", JPY: "1480" } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ game_id: fresh, listed: true, prices: { GBP: "8.99" } });
  });
});

describe("CSV export and import", () => {
  it("exports every listing as CSV that imports back unchanged", async () => {
    await listedGames(2);
    const res = await exportRoute(apiRequest("/api/admin/store/listings/export", { cookie }), undefined);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const csv = await res.text();
    expect(csv.split("\n")[0]).toBe("game_id,listed,USD,EUR,GBP,JPY");
    const back = await importCsv(csv, true);
    expect(back.status).toBe(200);
    expect(back.body.summary.price_changes).toBe(0);
    expect(back.body.changes).toEqual([]);
  });

  it("refuses malformed rows with their line numbers, and applies nothing", async () => {
    const [a, b] = await listedGames(2);
    const csv = [
      "game_id,listed,USD,EUR,GBP,JPY",
      `${a},true,29.99,,,`, // fine
      `${b},maybe,12.345,,,`, // bad listed, bad amount
      "",
      `abc,true,,,,`, // bad id
      `${a},,,,,`, // duplicate
      `${b},true,9.99`, // too few fields
    ].join("\n");
    const res = await importCsv(csv);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_csv");
    expect(res.body.error.details.errors.map((e: Json) => e.line)).toEqual([3, 3, 5, 6, 7]);
    expect(res.body.error.details.errors[0]).toMatchObject({ line: 3, column: "listed" });
    const listing = await (await getDb()).listing.findUniqueOrThrow({ where: { gameId: a! }, include: { prices: true } });
    expect(listing.prices.find((p) => p.currency === "USD")!.amount.toFixed(2)).toBe("19.99");
    expect((await importCsv("gameid,USD\n1,2.00\n")).body.error.details.errors[0].line).toBe(1);
  });

  it("refuses the whole file when one row edits a price a sale locks (409, its line), and applies a clean one", async () => {
    const [a, b, locked] = await listedGames(3);
    expect((await createSale(saleJson([locked!]))).status).toBe(201);
    const bad = await importCsv(`game_id,USD\n${a},29.99\n${b},29.99\n${locked},29.99\n`);
    expect(bad.status).toBe(409);
    expect(bad.body.error).toMatchObject({ code: "price_locked_by_sale", details: { errors: [{ line: 4 }] } });
    const db = await getDb();
    const usdOf = async (gameId: number) =>
      (await db.listingPrice.findFirstOrThrow({ where: { listing: { gameId }, currency: "USD" } })).amount.toFixed(2);
    expect([await usdOf(a!), await usdOf(b!)]).toEqual(["19.99", "19.99"]);

    const csv = `game_id,listed,USD\n${a},false,29.99\n${b},,24.99\n${locked},,\n`;
    const dry = await importCsv(csv, true);
    expect(dry.body).toMatchObject({ dry_run: true, summary: { rows: 3, unlisted: 1, price_changes: 2, unchanged: 1 } });
    expect(dry.body.changes[0]).toEqual({
      line: 2,
      game_id: a,
      title: expect.any(String),
      action: "update",
      listed: { from: true, to: false },
      prices: { USD: { from: "19.99", to: "29.99" } },
    });
    expect(await usdOf(a!)).toBe("19.99"); // the dry run wrote nothing
    const applied = await importCsv(csv);
    expect(applied.body.dry_run).toBe(false);
    expect(await usdOf(a!)).toBe("29.99");
    expect((await db.listing.findUniqueOrThrow({ where: { gameId: a! } })).unlistedAt).not.toBeNull();
    expect(await auditActions("listings:csv")).toEqual(["listing.import"]);
    expect(await usdOf(b!)).toBe("24.99");
    // A listed game's new price is in the history with its event (an unlisted one has no storefront price).
    const events = await db.outboxEvent.findMany({ where: { type: "price.changed", aggregateId: String(b) } });
    expect(events.map((e) => (e.payload as Json).price)).toContain("24.99");
  });

  it("bounds the file: over 1 MB is a 413", async () => {
    const huge = "game_id,USD\n" + "1,1.00\n".repeat(200_000);
    const res = await read(
      importRoute(
        apiRequest("/api/admin/store/listings/import", { method: "POST", body: huge, headers: { ...bearer, "content-type": "text/csv" } }),
        undefined,
      ),
    );
    expect(res.status).toBe(413);
  });

  it("takes text/csv from a token caller", async () => {
    const [a] = await listedGames(1);
    const res = await read(
      importRoute(
        apiRequest("/api/admin/store/listings/import?dry_run=1", {
          method: "POST",
          body: `game_id,EUR\n${a},5.00\n`,
          headers: { ...bearer, "content-type": "text/csv" },
        }),
        undefined,
      ),
    );
    expect(res.status).toBe(200);
    expect(res.body.summary.price_changes).toBe(1);
  });
});

describe("sales API", () => {
  it("creates (201), lists, previews and deletes a sale before it starts, audit-logged", async () => {
    const games = await listedGames(2);
    const created = await createSale(saleJson(games));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Spring Sale", percent: 40, status: "scheduled", game_count: 2 });
    const list = await read(listSalesRoute(apiRequest("/api/admin/store/sales?status=scheduled", { cookie }), undefined));
    expect(list.body.sales.map((s: Json) => s.id)).toContain(created.body.id);
    const preview = await read(
      previewRoute(
        apiRequest("/api/admin/store/sales/preview", { method: "POST", body: { percent: 40, game_ids: games }, cookie }),
        undefined,
      ),
    );
    expect(preview.body.games[0].prices.USD).toEqual({ regular_price: "19.99", price: "11.99" });
    const deleted = await read(
      deleteSaleRoute(
        apiRequest(`/api/admin/store/sales/${created.body.id}`, { method: "DELETE", cookie }),
        params({ id: created.body.id }),
      ),
    );
    expect(deleted).toMatchObject({ status: 200, body: { deleted: true } });
    expect(await auditActions(`sale:${created.body.id}`)).toEqual(["sale.create", "sale.delete"]);
  });

  it("answers 409 with each guard-rail's code, and 400 for a bad body", async () => {
    const [game, other] = await listedGames(2);
    const now = Date.now();
    expect((await createSale(saleJson([game!], { ends_at: new Date(now + 2 * HOUR_MS).toISOString() }))).body.error.code).toBe(
      "sale_too_short",
    );
    expect((await createSale(saleJson([game!], { ends_at: new Date(now + 20 * DAY_MS).toISOString() }))).body.error.code).toBe(
      "sale_too_long",
    );
    expect((await createSale(saleJson([1_999_999_999]))).body.error.code).toBe("game_not_listed");
    expect((await createSale(saleJson([game!]))).status).toBe(201);
    const overlap = await createSale(saleJson([other!, game!]));
    expect(overlap.status).toBe(409);
    expect(overlap.body.error).toMatchObject({ code: "sale_overlap", details: { game_ids: [game] } });
    const cooldown = await createSale(
      saleJson([game!], { starts_at: new Date(now + 10 * DAY_MS).toISOString(), ends_at: new Date(now + 12 * DAY_MS).toISOString() }),
    );
    expect(cooldown.body.error.code).toBe("sale_cooldown");
    for (const bad of [{ percent: 5 }, { percent: 95 }, { game_ids: [] }, { starts_at: "tomorrow" }, { name: "" }])
      expect((await createSale(saleJson([other!], bad))).status, JSON.stringify(bad)).toBe(400);
  });
});

describe("attack surface", () => {
  const mutations = () => [
    () =>
      putListingRoute(
        apiRequest("/api/admin/store/listings/1", { method: "PUT", body: { listed: false }, ...creds }),
        params({ gameId: "1" }),
      ),
    () =>
      importRoute(apiRequest("/api/admin/store/listings/import", { method: "POST", body: { csv: "game_id\n1\n" }, ...creds }), undefined),
    () => createSaleRoute(apiRequest("/api/admin/store/sales", { method: "POST", body: saleJson([1]), ...creds }), undefined),
    () => deleteSaleRoute(apiRequest("/api/admin/store/sales/x", { method: "DELETE", ...creds }), params({ id: "x" })),
  ];
  let creds: { cookie?: string; headers?: Record<string, string> } = {};

  it("refuses signed-out callers (401) and players (403) on every route", async () => {
    creds = {};
    for (const call of mutations()) expect((await read(call())).status).toBe(401);
    creds = { cookie: playerCookie };
    for (const call of mutations()) expect((await read(call())).status).toBe(403);
    expect((await read(exportRoute(apiRequest("/api/admin/store/listings/export", { cookie: playerCookie }), undefined))).status).toBe(403);
  });

  it("refuses an admin's browser mutation from another site or not as JSON (CSRF), writing nothing", async () => {
    const audited = () => getDb().then((db) => db.auditLog.count());
    const before = await audited();
    creds = { cookie, headers: { origin: "https://evil.example" } };
    for (const call of mutations()) {
      const res = await read(call());
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    const csvForm = await read(
      importRoute(
        apiRequest("/api/admin/store/listings/import", {
          method: "POST",
          body: "game_id,USD\n1,1.00\n",
          cookie,
          headers: { "content-type": "text/plain" },
        }),
        undefined,
      ),
    );
    expect(csvForm.status).toBe(403);
    expect(await audited()).toBe(before);
  });
});
