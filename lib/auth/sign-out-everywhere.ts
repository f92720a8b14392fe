import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import { bumpSessionVersion } from "./bump-session-version";

/**
 * "Sign out everywhere": every session of the user ends at its next request, this one included (the session
 * version is bumped, audit-logged).
 *
 * @example
 * await signOutEverywhere(user.id);
 */
export async function signOutEverywhere(userId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => bumpSessionVersion(tx, userId, "sign-out-everywhere"));
}
