import "server-only";

import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";

import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Auth.js's Prisma adapter on our client, with emails lower-cased on the way in, as sign-up stores them:
 * GitHub or Twitch may report "Ada@Example.com", and the unique index only ignores case because every writer
 * lower-cases.
 */
export function createAuthAdapter(db: PrismaClient): Adapter {
  // The adapter is typed against @prisma/client's default PrismaClient; ours is generated into generated/prisma
  // from the schema Auth.js documents, so it has the same delegates (user, account, session, verificationToken,
  // authenticator) and only the nominal type differs.
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  const { createUser, getUserByEmail, updateUser } = base;
  if (!createUser || !getUserByEmail || !updateUser) throw new Error("@auth/prisma-adapter lacks createUser/getUserByEmail/updateUser");
  return {
    ...base,
    createUser: (user) => createUser({ ...user, email: user.email.toLowerCase() }),
    getUserByEmail: (email) => getUserByEmail(email.toLowerCase()),
    updateUser: async (user) => {
      if (user.emailVerified) await dropUnprovenPassword(db, user.id);
      return updateUser(user);
    },
  };
}

/**
 * Account pre-hijacking: anyone can sign up with a password for an address that is not theirs. When the
 * address's owner first proves it (Auth.js marks emailVerified as an emailed link is used), a password set
 * before that proof is dropped, so whoever chose it cannot sign in to the account the owner now uses.
 */
async function dropUnprovenPassword(db: PrismaClient, userId: string): Promise<void> {
  const { count } = await db.user.updateMany({ where: { id: userId, emailVerified: null, passwordHash: { not: null } }, data: { passwordHash: null } });
  if (count > 0) {
    await db.auditLog.create({ data: { actorId: userId, action: "user.password.drop", target: `user:${userId}`, details: { reason: "set before the address was proven" } } });
  }
}
