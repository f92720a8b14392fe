import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import type { SendMailInput } from "@/lib/mail";
import { enqueueEmail } from "@/lib/mail/send-email-job";
import { siteUrl } from "@/lib/site";

import { dealAlertMailLinks } from "./deal-alert-mail-links";
import { loadMailDeals, type ClaimedAlert } from "./load-mail-deals";
import { renderDealAlert } from "./render-deal-alert-emails";

/** Queues one mail; `key` makes a second enqueue of the same alert a no-op while the first is pending. */
export type QueueMail = (message: SendMailInput, key: string) => Promise<unknown>;

export interface DrainOptions {
  /** Alerts claimed per transaction: what bounds memory, however many alerts wait. */
  batchSize?: number;
  /** Stop after this many batches (the job re-runs); default: until none waits. */
  maxBatches?: number;
  /** Stops between batches once aborted (the job system's shutdown signal). */
  signal?: AbortSignal;
  /** Default: the email.send job. The benchmark passes a sink. */
  queueMail?: QueueMail;
}

export const defaultQueueMail: QueueMail = (message, key) => enqueueEmail(message, { dedupeKey: key });

/**
 * Mails the unsent instant alerts, one email.send job per alert (job key `deal-alert:{alertId}`), a batch per
 * transaction: claim the oldest unsent (FOR UPDATE SKIP LOCKED, so instances draining at once take different
 * rows), queue their mails, mark them sent, commit. A crash before the commit leaves them unsent and they are
 * queued again; the job key folds that into the first while it is still pending (at least once, nearly always
 * once). Alerts of players who turned alerts off since, are deleted unsent (an unsubscribe holds even for
 * alerts made just before it).
 *
 * @example
 * const { sent } = await sendInstantDealAlerts(); // run by deal-alerts.send (nudged by the consumer, and every minute)
 */
export async function sendInstantDealAlerts({
  batchSize = 200,
  maxBatches = Infinity,
  signal,
  queueMail = defaultQueueMail,
}: DrainOptions = {}): Promise<{
  sent: number;
  dropped: number;
  batches: number;
}> {
  const db = await getDb();
  const origin = siteUrl();
  let sent = 0;
  let dropped = 0;
  let batches = 0;
  while (batches < maxBatches && !signal?.aborted) {
    const claimed = await db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<Array<ClaimedAlert & { off: boolean }>>`
          SELECT a.id, a."userId", u.email, a."gameId", a.currency, a.price::text AS price, a."regularPrice"::text AS "regularPrice",
                 a."discountPercent", a."priceChangeId",
                 EXISTS (SELECT 1 FROM "DealAlertPreference" p WHERE p."userId" = a."userId" AND p.mode = 'off') AS off
          FROM "DealAlert" a JOIN "User" u ON u.id = a."userId"
          WHERE a.mode = 'instant' AND a."sentAt" IS NULL
          ORDER BY a."createdAt"
          LIMIT ${batchSize}
          FOR UPDATE OF a SKIP LOCKED`;
        if (rows.length === 0) return 0;
        const live = rows.filter((row) => !row.off);
        const deals = await loadMailDeals(tx, live, origin);
        for (const alert of live) {
          const links = dealAlertMailLinks(alert.userId, origin);
          const mail = renderDealAlert(deals.get(alert.id)!, links);
          await queueMail({ to: alert.email, ...mail, headers: links.headers }, `deal-alert:${alert.id}`);
        }
        const offIds = rows.filter((row) => row.off).map((row) => row.id);
        if (offIds.length > 0) await tx.dealAlert.deleteMany({ where: { id: { in: offIds } } });
        await tx.dealAlert.updateMany({ where: { id: { in: live.map((row) => row.id) } }, data: { sentAt: new Date() } });
        sent += live.length;
        dropped += offIds.length;
        return rows.length;
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
    if (claimed === 0) break;
    batches += 1;
  }
  return { sent, dropped, batches };
}
