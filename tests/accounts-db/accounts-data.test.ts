// Users, library and wishlist entries through the generated Prisma client, on real PostgreSQL and on PGlite:
// defaults, round trips of dates and money, and the rules the database itself enforces (unique game per user,
// CHECKs, cascades), so they hold for any writer, not only for code that went through the zod schemas.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PrismaClient } from "@/generated/prisma/client";
import { migrateBackend } from "@/lib/accounts-db/open-database";
import { readMigrations } from "@/lib/accounts-db/read-migrations";
import { createLibraryEntryBodySchema, toLibraryEntry, toLibraryEntryData } from "@/lib/library/library-entry-schemas";
import { createWishlistEntryBodySchema, toWishlistEntry } from "@/lib/wishlist/wishlist-entry-schemas";

import { backendPool, BACKENDS } from "./support/test-database";

const pool = backendPool();
afterAll(() => pool.disposeAll());

/** Rejects because the database itself refused the row under this constraint (P2002 unique, P2039 CHECK). */
async function expectViolation(write: Promise<unknown>, constraint: string, prismaCode: "P2002" | "P2039") {
  await expect(write).rejects.toMatchObject({
    code: prismaCode,
    meta: { driverAdapterError: { cause: { originalMessage: expect.stringContaining(`"${constraint}"`) } } },
  });
}

describe.each(BACKENDS)("accounts data on %s", (kind) => {
  let db: PrismaClient;
  let n = 0;
  const newUser = () => db.user.create({ data: { email: `player${++n}@example.test` } });

  beforeAll(async () => {
    const backend = await pool.open(kind);
    await migrateBackend(backend, await readMigrations());
    db = backend.prisma;
  });

  it("creates a user as a PLAYER with an id and timestamps, and finds it by email", async () => {
    const user = await db.user.create({ data: { email: "ada@example.test", name: "Ada" } });
    expect(user).toMatchObject({ role: "PLAYER", passwordHash: null, emailVerified: null });
    expect(user.id).toMatch(/^[a-z0-9]{24,}$/);
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(await db.user.findUnique({ where: { email: "ada@example.test" } })).toEqual(user);
    await expectViolation(db.user.create({ data: { email: "ada@example.test" } }), "User_email_key", "P2002");
  });

  it("creates, reads, updates and deletes a library entry, keeping calendar days as entered", async () => {
    const user = await newUser();
    const body = createLibraryEntryBodySchema.parse({ gameId: 1234, status: "PLAYING", platform: "SNES", startedAt: "2024-12-31" });
    const created = await db.libraryEntry.create({ data: { userId: user.id, ...toLibraryEntryData(body) } });
    expect(toLibraryEntry(created)).toMatchObject({
      gameId: 1234,
      status: "PLAYING",
      platform: "snes",
      startedAt: "2024-12-31",
      finishedAt: null,
      rating: null,
    });

    const updated = await db.libraryEntry.update({
      where: { userId_gameId: { userId: user.id, gameId: 1234 } },
      data: toLibraryEntryData({ status: "COMPLETED" as const, rating: 9, finishedAt: "2025-01-02", notes: "100%" }),
    });
    expect(toLibraryEntry(updated)).toMatchObject({
      status: "COMPLETED",
      rating: 9,
      startedAt: "2024-12-31",
      finishedAt: "2025-01-02",
      notes: "100%",
    });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    await db.libraryEntry.create({ data: { userId: user.id, gameId: 99, status: "WANT" } });
    const completed = await db.libraryEntry.findMany({ where: { userId: user.id, status: "COMPLETED" } });
    expect(completed.map((e) => e.gameId)).toEqual([1234]);

    await db.libraryEntry.delete({ where: { id: created.id } });
    expect(await db.libraryEntry.findMany({ where: { userId: user.id }, select: { gameId: true } })).toEqual([{ gameId: 99 }]);
  });

  it("allows a game once per library and once per wishlist, for each user", async () => {
    const [a, b] = [await newUser(), await newUser()];
    await db.libraryEntry.create({ data: { userId: a.id, gameId: 7, status: "WANT" } });
    await expectViolation(
      db.libraryEntry.create({ data: { userId: a.id, gameId: 7, status: "PLAYED" } }),
      "LibraryEntry_userId_gameId_key",
      "P2002",
    );
    await db.libraryEntry.create({ data: { userId: b.id, gameId: 7, status: "WANT" } }); // another player may

    await db.wishlistEntry.create({ data: { userId: a.id, gameId: 7 } });
    await expectViolation(db.wishlistEntry.create({ data: { userId: a.id, gameId: 7 } }), "WishlistEntry_userId_gameId_key", "P2002");
    await db.wishlistEntry.create({ data: { userId: b.id, gameId: 7 } });
    expect(await db.wishlistEntry.count({ where: { gameId: 7 } })).toBe(2);
  });

  it("refuses ratings outside 1–10 and finish dates before start dates (CHECKs in the migration)", async () => {
    const user = await newUser();
    for (const [gameId, rating] of [
      [1, 0],
      [2, 11],
      [3, -5],
    ] as const) {
      await expectViolation(
        db.libraryEntry.create({ data: { userId: user.id, gameId, status: "PLAYED", rating } }),
        "LibraryEntry_rating_check",
        "P2039",
      );
    }
    const edges = await Promise.all(
      [1, 10].map((rating) => db.libraryEntry.create({ data: { userId: user.id, gameId: 100 + rating, status: "PLAYED", rating } })),
    );
    expect(edges.map((e) => e.rating)).toEqual([1, 10]);

    const entry = await db.libraryEntry.create({
      data: { userId: user.id, gameId: 200, status: "PLAYING", ...toLibraryEntryData({ startedAt: "2025-03-10" }) },
    });
    await expectViolation(
      db.libraryEntry.update({ where: { id: entry.id }, data: toLibraryEntryData({ finishedAt: "2025-03-09" }) }),
      "LibraryEntry_dates_check",
      "P2039",
    );
  });

  it("stores a price-drop threshold exactly, and only as a positive amount with a currency", async () => {
    const user = await newUser();
    const body = createWishlistEntryBodySchema.parse({ gameId: 55, priceDropThreshold: "0.10", currency: "eur", notes: "  " });
    const created = await db.wishlistEntry.create({ data: { userId: user.id, ...body } });
    expect(toWishlistEntry(created)).toMatchObject({ gameId: 55, priceDropThreshold: "0.10", currency: "EUR", notes: null });
    // numeric sums exactly where floats would give 0.30000000000000004
    await db.wishlistEntry.createMany({
      data: [
        { userId: user.id, gameId: 56, priceDropThreshold: "0.20", currency: "EUR" },
        { userId: user.id, gameId: 57 },
      ],
    });
    const sum = await db.wishlistEntry.aggregate({ where: { userId: user.id }, _sum: { priceDropThreshold: true } });
    expect(sum._sum.priceDropThreshold?.toFixed(2)).toBe("0.30");

    const refused = [
      [{ priceDropThreshold: "12.50" }, "WishlistEntry_threshold_currency_check"],
      [{ currency: "EUR" }, "WishlistEntry_threshold_currency_check"],
      [{ priceDropThreshold: "0", currency: "EUR" }, "WishlistEntry_priceDropThreshold_check"],
      [{ priceDropThreshold: "-1", currency: "EUR" }, "WishlistEntry_priceDropThreshold_check"],
      [{ priceDropThreshold: "5", currency: "eur" }, "WishlistEntry_currency_check"],
    ] as const;
    for (const [i, [data, constraint]] of refused.entries()) {
      await expectViolation(db.wishlistEntry.create({ data: { userId: user.id, gameId: 300 + i, ...data } }), constraint, "P2039");
    }
  });

  it("deletes a user's accounts, sessions, library and wishlist with the user, and nobody else's", async () => {
    const [leaving, staying] = [await newUser(), await newUser()];
    for (const user of [leaving, staying]) {
      await db.account.create({ data: { userId: user.id, type: "oidc", provider: "twitch", providerAccountId: `tw-${user.id}` } });
      await db.session.create({ data: { userId: user.id, sessionToken: `s-${user.id}`, expires: new Date(Date.now() + 86_400_000) } });
      await db.libraryEntry.create({ data: { userId: user.id, gameId: 1, status: "WANT" } });
      await db.wishlistEntry.create({ data: { userId: user.id, gameId: 2 } });
    }
    await db.auditLog.create({
      data: { actorId: leaving.id, action: "user.delete", target: `user:${leaving.id}`, details: { reason: "asked" } },
    });

    await db.user.delete({ where: { id: leaving.id } });

    const owned = (userId: string) =>
      Promise.all([
        db.account.count({ where: { userId } }),
        db.session.count({ where: { userId } }),
        db.libraryEntry.count({ where: { userId } }),
        db.wishlistEntry.count({ where: { userId } }),
      ]);
    expect(await owned(leaving.id)).toEqual([0, 0, 0, 0]);
    expect(await owned(staying.id)).toEqual([1, 1, 1, 1]);
    // The audit trail outlives its actor (no foreign key), details intact.
    const [entry] = await db.auditLog.findMany({ where: { actorId: leaving.id } });
    expect(entry).toMatchObject({ action: "user.delete", details: { reason: "asked" } });
  });
});
