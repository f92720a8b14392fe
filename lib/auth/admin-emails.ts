import "server-only";

import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { getEnv } from "@/lib/env";

import { setUserRole } from "./set-user-role";

/** Whether ADMIN_EMAILS lists this address (any case). */
export function isAdminEmail(email: string | null | undefined): boolean {
  return Boolean(email) && getEnv().ADMIN_EMAILS.includes(email!.toLowerCase());
}

/**
 * Admin bootstrap: a user whose email ADMIN_EMAILS lists becomes an admin when signing in with a proven
 * address: an emailed sign-in link (emailVerified) or an OpenID provider's verified email. A password
 * sign-up proves nothing (anyone could register the listed address first), so it never promotes; the
 * `npm run user:admin` CLI always can. Returns the role the user has afterwards. Removing an address from
 * the list demotes no one: the list is for getting the first admins in, not for managing them.
 */
export async function grantAdminIfListed(
  db: PrismaClient,
  user: { id: string; email: string | null; role: Role },
  addressProven: boolean,
): Promise<Role> {
  if (user.role === "ADMIN" || !addressProven || !isAdminEmail(user.email)) return user.role;
  await setUserRole(db, user, "ADMIN", "admin-emails");
  return "ADMIN";
}
