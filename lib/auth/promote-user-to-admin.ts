import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import { setUserRole } from "./set-user-role";

export type PromoteResult =
  | { outcome: "promoted"; user: { id: string; email: string } }
  | { outcome: "already-admin"; user: { id: string; email: string } }
  | { outcome: "not-found" };

/**
 * Makes an existing user an admin (`npm run user:admin -- <email>`). The email is matched in any case.
 *
 * @example
 * const result = await promoteUserToAdmin("Ada@Example.com"); // { outcome: "promoted", user: { id, email } }
 */
export async function promoteUserToAdmin(email: string): Promise<PromoteResult> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, role: true } });
  if (!user) return { outcome: "not-found" };
  if (user.role === "ADMIN") return { outcome: "already-admin", user: { id: user.id, email: user.email } };
  await setUserRole(db, user, "ADMIN", "cli");
  return { outcome: "promoted", user: { id: user.id, email: user.email } };
}
