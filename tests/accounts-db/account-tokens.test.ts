// The account-control storage on both backends (PostgreSQL and PGlite, the zero-config default): a token is
// stored only as its SHA-256, used once (the DELETE … RETURNING decides, inside the caller's transaction), refused
// when expired or of another purpose; the session version is bumped inside a transaction and rolls back with it;
// the first proof of an address drops a pre-set password and unlinks OAuth accounts, once.
import { describe, expect, it } from "vitest";

import { migrateBackend } from "@/lib/accounts-db/open-database";
import { readMigrations } from "@/lib/accounts-db/read-migrations";
import { bumpSessionVersion } from "@/lib/auth/bump-session-version";
import { consumeAccountToken } from "@/lib/auth/consume-account-token";
import { accountTokenHash, createAccountToken } from "@/lib/auth/create-account-token";
import { markAddressProven } from "@/lib/auth/mark-address-proven";

import { BACKENDS, openTestBackend } from "./support/test-database";

describe.each(BACKENDS)("account tokens and the session version on %s", (kind) => {
  it("stores a token hashed, uses it once, and refuses expired and other-purpose ones", async () => {
    const { backend, dispose } = await openTestBackend(kind);
    try {
      await migrateBackend(backend, await readMigrations());
      const db = backend.prisma;
      const user = await db.user.create({ data: { email: `tokens-${kind}@example.test` } });
      const token = await createAccountToken(db, user.id, "PASSWORD_RESET");
      const [row] = await db.accountToken.findMany({ where: { userId: user.id } });
      expect(row?.tokenHash).toBe(accountTokenHash(token));
      expect(row?.tokenHash).not.toContain(token);

      await expect(db.$transaction((tx) => consumeAccountToken(tx, "EMAIL_CHANGE", token))).rejects.toMatchObject({
        code: "invalid_token",
      });
      // The refusal rolled its transaction back; for its own purpose the token works, once.
      expect(await db.$transaction((tx) => consumeAccountToken(tx, "PASSWORD_RESET", token))).toEqual({ userId: user.id, newEmail: null });
      await expect(db.$transaction((tx) => consumeAccountToken(tx, "PASSWORD_RESET", token))).rejects.toMatchObject({
        code: "invalid_token",
      });
      expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);

      const expiring = await createAccountToken(db, user.id, "EMAIL_CHANGE", "new@example.test");
      await db.accountToken.updateMany({ where: { userId: user.id }, data: { expires: new Date(Date.now() - 1) } });
      await expect(db.$transaction((tx) => consumeAccountToken(tx, "EMAIL_CHANGE", expiring))).rejects.toMatchObject({
        code: "invalid_token",
      });
    } finally {
      await dispose();
    }
  });

  it("bumps the session version inside a transaction, rolled back with it", async () => {
    const { backend, dispose } = await openTestBackend(kind);
    try {
      await migrateBackend(backend, await readMigrations());
      const db = backend.prisma;
      const user = await db.user.create({ data: { email: `bump-${kind}@example.test` } });
      expect(await db.$transaction((tx) => bumpSessionVersion(tx, user.id, "sign-out-everywhere"))).toBe(1);
      await expect(
        db.$transaction(async (tx) => {
          await bumpSessionVersion(tx, user.id, "password-change");
          throw new Error("the change that asked for it failed");
        }),
      ).rejects.toThrow("failed");
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
      expect((await db.auditLog.findMany({ where: { action: "user.sessions.revoke" } })).map((a) => a.details)).toEqual([
        { reason: "sign-out-everywhere" },
      ]);
    } finally {
      await dispose();
    }
  });

  it("marks an address proven once: drops the pre-set password and unlinks OAuth accounts", async () => {
    const { backend, dispose } = await openTestBackend(kind);
    try {
      await migrateBackend(backend, await readMigrations());
      const db = backend.prisma;
      const user = await db.user.create({ data: { email: `proof-${kind}@example.test`, passwordHash: "$argon2id$squatter" } });
      await db.account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh-${kind}` } });
      expect(await db.$transaction((tx) => markAddressProven(tx, user.id))).toBe(true);
      const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
      expect([row.passwordHash, row.emailVerified instanceof Date]).toEqual([null, true]);
      expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
      expect(await db.$transaction((tx) => markAddressProven(tx, user.id))).toBe(false);
    } finally {
      await dispose();
    }
  });
});
