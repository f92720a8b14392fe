import "server-only";

import { refreshGameJob } from "@/lib/catalog-sync/jobs/refresh-game-job";
import { refreshStaleGamesJob } from "@/lib/catalog-sync/jobs/refresh-stale-games-job";
import { syncPopularGamesJob } from "@/lib/catalog-sync/jobs/sync-popular-games-job";
import type { AnyJobDefinition, QueueOptions } from "@/lib/jobs/types";
import { sendEmailJob } from "@/lib/mail/send-email-job";
import { searchRollupJob } from "@/lib/search-analytics/search-rollup-job";
import { guestCartSweepJob } from "@/lib/store/cart/guest-cart-sweep-job";
import { dealAlertsDigestJob } from "@/lib/store/deal-alerts/jobs/deal-alerts-digest-job";
import { dealAlertsSendJob } from "@/lib/store/deal-alerts/jobs/deal-alerts-send-job";
import { recordPriceChangesJob } from "@/lib/store/pricing/jobs/record-price-changes-job";
import { endSaleJob, startSaleJob } from "@/lib/store/sales/jobs/sale-boundary-jobs";
import { sweepSaleBoundariesJob } from "@/lib/store/sales/jobs/sweep-sale-boundaries-job";
import { processStripeEventJob } from "@/lib/store/webhooks/jobs/process-stripe-event-job";
import { reconcilePaymentsJob } from "@/lib/store/webhooks/jobs/reconcile-payments-job";
import { requeueWebhookEventsJob } from "@/lib/store/webhooks/jobs/requeue-webhook-events-job";

// Every job the workers run, and how each queue runs. Catalog jobs run one at a time: they share IGDB's
// 4 requests/s, which the IGDB client's limiter enforces anyway. Mail goes four at a time and at most 10 a
// second across workers, so a burst of sign-ins does not trip an SMTP relay's per-sender throttling.
export const JOB_DEFINITIONS: readonly AnyJobDefinition[] = [
  syncPopularGamesJob,
  refreshStaleGamesJob,
  refreshGameJob,
  searchRollupJob,
  sendEmailJob,
  processStripeEventJob,
  reconcilePaymentsJob,
  requeueWebhookEventsJob,
  guestCartSweepJob,
  recordPriceChangesJob,
  startSaleJob,
  endSaleJob,
  sweepSaleBoundariesJob,
  dealAlertsSendJob,
  dealAlertsDigestJob,
];

export const QUEUE_OPTIONS: Record<string, QueueOptions> = {
  catalog: { concurrency: 1 },
  analytics: { concurrency: 1 },
  email: { concurrency: 4, rateLimit: { max: 10, durationMs: 1_000 } },
  // Stripe events: each is a few Stripe reads and one short transaction; the guarded transitions make
  // concurrent events of one order safe, so eight at a time keeps payment → fulfilled well under a second.
  payments: { concurrency: 8 },
  store: { concurrency: 1 },
};
