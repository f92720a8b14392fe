import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { siteUrl } from "@/lib/site";

import { dealAlertMailLinks } from "./deal-alert-mail-links";
import { loadMailDeals, type ClaimedAlert } from "./load-mail-deals";
import { DIGEST_MAX_GAMES, renderDealAlertDigest } from "./render-deal-alert-emails";
import { defaultQueueMail, type DrainOptions } from "./send-instant-deal-alerts";

/**
 * Mails each player with unsent daily alerts one digest of them, players taken a batch at a time (FOR UPDATE
 * SKIP LOCKED on their alerts, so instances running the digest at once take different players). The mail's job
 * key is `deal-alert-digest:{userId}:{day}` (UTC), so a retried run queues a player's digest of the day once
 * while it is pending. Alerts of players who turned alerts off since are deleted unsent.
 *
 * @example
 * await sendDealAlertDigests({ now: new Date() }); // run daily by deal-alerts.digest
 */
export async function sendDealAlertDigests({
  batchSize = 100,
  maxBatches = Infinity,
  signal,
  queueMail = defaultQueueMail,
  now = new Date(),
}: Omit<DrainOptions, "batchSize"> & { batchSize?: number; now?: Date } = {}): Promise<{
  digests: number;
  alerts: number;
  dropped: number;
}> {
  const db = await getDb();
  const origin = siteUrl();
  const day = now.toISOString().slice(0, 10);
  let digests = 0;
  let alerts = 0;
  let dropped = 0;
  for (let batch = 0; batch < maxBatches && !signal?.aborted; batch++) {
    const players = await db.$transaction(
      async (tx) => {
        // The players first (DISTINCT cannot lock), then each one's alerts locked; a player another instance holds is skipped.
        const users = await tx.$queryRaw<Array<{ userId: string; email: string; off: boolean }>>`
          SELECT u.id AS "userId", u.email, COALESCE(p.mode = 'off', false) AS off
          FROM (SELECT DISTINCT a."userId" FROM "DealAlert" a WHERE a.mode = 'daily' AND a."sentAt" IS NULL AND a."createdAt" <= ${now}
                LIMIT ${batchSize}) pending
          JOIN "User" u ON u.id = pending."userId"
          LEFT JOIN "DealAlertPreference" p ON p."userId" = u.id`;
        let taken = 0;
        for (const user of users) {
          // The deepest drops are what the mail lists; the rest are counted and marked with them.
          const rows = await tx.$queryRaw<ClaimedAlert[]>`
            SELECT a.id, a."userId", ${user.email} AS email, a."gameId", a.currency, a.price::text AS price,
                   a."regularPrice"::text AS "regularPrice", a."discountPercent", a."priceChangeId"
            FROM "DealAlert" a
            WHERE a."userId" = ${user.userId} AND a.mode = 'daily' AND a."sentAt" IS NULL AND a."createdAt" <= ${now}
            ORDER BY a."discountPercent" DESC, a."createdAt" LIMIT ${DIGEST_MAX_GAMES}
            FOR UPDATE SKIP LOCKED`;
          if (rows.length === 0) continue;
          taken += 1;
          const pending = { userId: user.userId, mode: "daily" as const, sentAt: null, createdAt: { lte: now } };
          if (user.off) {
            dropped += (await tx.dealAlert.deleteMany({ where: pending })).count;
            continue;
          }
          const deals = await loadMailDeals(tx, rows, origin);
          const { count } = await tx.dealAlert.updateMany({ where: pending, data: { sentAt: now } });
          const links = dealAlertMailLinks(user.userId, origin);
          const mail = renderDealAlertDigest(
            rows.map((row) => deals.get(row.id)!),
            links,
            count,
          );
          await queueMail({ to: user.email, ...mail, headers: links.headers }, `deal-alert-digest:${user.userId}:${day}`);
          digests += 1;
          alerts += count;
        }
        return taken;
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
    if (players === 0) break;
  }
  return { digests, alerts, dropped };
}
