import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { toPostgresText } from "@/lib/accounts-db/to-postgres-text";
import type { AdminActor } from "@/lib/auth/admin-actor";

/**
 * Writes who did what to which thing into the audit log (PostgreSQL), for every admin mutation. Awaited by
 * the route before it answers, so an action the console reports as done is always on record.
 *
 * @example
 * await recordAudit(admin, "job.retry", `job:${id}`, { queue });
 */
export async function recordAudit(actor: AdminActor, action: string, target: string, details: Record<string, unknown> = {}): Promise<void> {
  const db = await getDb();
  // Token callers have no user id; say so in the entry, so the log still tells a script from the system.
  const recorded = actor.via === "token" ? { ...details, via: "admin-api-token" } : details;
  // Targets and details carry what the admin typed (a game's new name, a cache tag): text PostgreSQL could
  // refuse after the action itself was done, which left it unaudited and answered 500.
  const storable = JSON.parse(
    JSON.stringify(recorded, (_key, value: unknown) => (typeof value === "string" ? toPostgresText(value) : value)),
  );
  await db.auditLog.create({
    data: { actorId: actor.id, action: toPostgresText(action), target: toPostgresText(target), details: storable },
  });
}
