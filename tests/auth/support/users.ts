import { randomBytes } from "node:crypto";

import { signUp } from "@/lib/auth/sign-up";
import type { User } from "@/lib/auth/user-schemas";

/** A password every rule accepts. */
export const STRONG_PASSWORD = "tangerine-orbit-velvet-42";

/** A new password account with a unique address (through the real sign-up). */
export async function createUser(prefix = "player", password = STRONG_PASSWORD): Promise<User> {
  const user = await signUp({ email: `${prefix}-${randomBytes(4).toString("hex")}@example.test`, password, name: null });
  if (!user) throw new Error("createUser: the address had an account already");
  return user;
}
