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
  const { createUser, getUserByEmail } = base;
  if (!createUser || !getUserByEmail) throw new Error("@auth/prisma-adapter lacks createUser/getUserByEmail");
  return {
    ...base,
    createUser: (user) => createUser({ ...user, email: user.email.toLowerCase() }),
    getUserByEmail: (email) => getUserByEmail(email.toLowerCase()),
  };
}
