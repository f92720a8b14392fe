import "server-only";

import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/lib/accounts-db/get-db";

import { RECENT_SIGN_IN_SECONDS } from "./assert-reauthenticated";

export interface AccountSummary {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  emailVerified: boolean;
  hasPassword: boolean;
  /** Linked OAuth providers ("github", "twitch"). */
  providers: string[];
  createdAt: string;
  /** Whether the session's sign-in is recent enough to stand in for a password (accounts without one). */
  recentSignIn: boolean;
}

/** What the account settings page shows: GET /api/users/me. Never the password hash. */
export async function getAccountSummary(userId: string, authTime: number | undefined): Promise<AccountSummary> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      emailVerified: true,
      passwordHash: true,
      createdAt: true,
      accounts: { select: { provider: true } },
    },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerified !== null,
    hasPassword: user.passwordHash !== null,
    providers: user.accounts.map((a) => a.provider),
    createdAt: user.createdAt.toISOString(),
    recentSignIn: authTime !== undefined && Date.now() / 1000 - authTime <= RECENT_SIGN_IN_SECONDS,
  };
}
