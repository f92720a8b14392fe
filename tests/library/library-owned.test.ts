// "Owned" in the library (issue 15): GET /api/users/me/library marks the entries of games the player holds a
// live store entitlement for, through the real route on a fresh PostgreSQL database. Orders and entitlements are
// written here as fulfilment writes them (a paid order, a line, an entitlement per line).
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { setUpAccountsDatabase } from "@/tests/auth/support/accounts-test-env";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";

import { entryRoutes, popularGames } from "./support/entry-routes";

setUpAccountsDatabase();

const [bought, tracked] = popularGames(2) as [{ id: number; platform: string }, { id: number; platform: string }];
let api: ReturnType<typeof entryRoutes>;
let userId: string;

/** A paid order of one game with its entitlement, for `buyer`; the entitlement's id. */
async function entitle(buyer: string, gameId: number): Promise<string> {
  const db = await getDb();
  const order = await db.order.create({
    data: {
      userId: buyer,
      status: "paid",
      currency: "USD",
      subtotal: "9.99",
      discount: "0.00",
      total: "9.99",
      paidAt: new Date(),
      lines: { create: { gameId, title: `Game ${gameId}`, unitPrice: "9.99", discount: "0.00", lineTotal: "9.99" } },
    },
    include: { lines: true },
  });
  const entitlement = await db.entitlement.create({ data: { userId: buyer, gameId, orderLineId: order.lines[0]!.id } });
  return entitlement.id;
}

const ownedById = async () => {
  const { status, body } = await api.listLibrary();
  expect(status).toBe(200);
  return new Map((body.entries as Array<{ gameId: number; owned: boolean }>).map((e) => [e.gameId, e.owned]));
};

beforeAll(async () => {
  const user = await createUser("owner");
  userId = user.id;
  api = entryRoutes(await sessionCookie(user));
  for (const game of [bought, tracked]) expect((await api.addToLibrary({ gameId: game.id })).status).toBe(201);
});

describe("GET /api/users/me/library owned", () => {
  it("is false for every entry of a player who bought nothing", async () => {
    expect(await ownedById()).toEqual(
      new Map([
        [bought.id, false],
        [tracked.id, false],
      ]),
    );
  });

  it("is true for a game with a live entitlement, and only for the player who holds it", async () => {
    const other = await createUser("other-buyer");
    await entitle(other.id, tracked.id);
    const entitlementId = await entitle(userId, bought.id);
    const owned = await ownedById();
    expect(owned.get(bought.id)).toBe(true);
    expect(owned.get(tracked.id)).toBe(false);

    // A refund revokes the entitlement: the entry stays in the library, no longer owned.
    await (await getDb()).entitlement.update({ where: { id: entitlementId }, data: { revokedAt: new Date() } });
    expect((await ownedById()).get(bought.id)).toBe(false);
  });
});
