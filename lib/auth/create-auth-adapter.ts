import "server-only";

import { AccessDenied } from "@auth/core/errors";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";

import type { PrismaClient } from "@/generated/prisma/client";

import { bumpSessionVersion } from "./bump-session-version";
import { markAddressProven } from "./mark-address-proven";

/**
 * Auth.js's Prisma adapter on our client, with emails lower-cased on the way in, as sign-up stores them:
 * GitHub or Twitch may report "Ada@Example.com", and the unique index only ignores case because every writer
 * lower-cases. The first proof of an address ends everything set up before it (markAddressProven, and every
 * session through the session version), and no OAuth account is linked to an account whose address is unproven.
 */
export function createAuthAdapter(db: PrismaClient): Adapter {
  // The adapter is typed against @prisma/client's default PrismaClient; ours is generated into generated/prisma
  // from the schema Auth.js documents, so it has the same delegates (user, account, session, verificationToken,
  // authenticator) and only the nominal type differs.
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  const { createUser, getUserByEmail, updateUser, linkAccount } = base;
  if (!createUser || !getUserByEmail || !updateUser || !linkAccount)
    throw new Error("@auth/prisma-adapter lacks createUser/getUserByEmail/updateUser/linkAccount");
  return {
    ...base,
    createUser: (user) => {
      // Auth.js creates OAuth users with emailVerified null; the provider's verified address is proof, which our
      // provider profiles pass along as emailVouched (oauth-provider-options.ts).
      const { emailVouched, ...fields } = user as typeof user & { emailVouched?: boolean };
      return createUser({
        ...fields,
        email: fields.email.toLowerCase(),
        emailVerified: fields.emailVerified ?? (emailVouched === true ? new Date() : null),
      });
    },
    getUserByEmail: (email) => getUserByEmail(email.toLowerCase()),
    updateUser: async (user) => {
      if (user.emailVerified) {
        await db.$transaction(async (tx) => {
          if (await markAddressProven(tx, user.id)) await bumpSessionVersion(tx, user.id, "address-proven");
        });
      }
      return updateUser(user);
    },
    // Auth.js links a new OAuth account to whoever is signed in. On an account whose address nobody has proven
    // (a password sign-up, possibly a squatter's) that would hand the squatter a second way in that outlives the
    // owner's proof; new OAuth users are proven at creation (auth-providers.ts), so only that case is refused.
    linkAccount: async (account) => {
      const owner = await db.user.findUnique({ where: { id: account.userId }, select: { emailVerified: true } });
      if (!owner?.emailVerified)
        throw new AccessDenied("Prove the account's email address (sign in by emailed link) before linking another sign-in method.");
      await linkAccount(account);
    },
  };
}
