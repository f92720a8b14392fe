import { salesAnalyticsConsumer } from "@/lib/events/consumers/sales-analytics-consumer";
import { salesRollupsConsumer } from "@/lib/events/consumers/sales-rollups-consumer";
import type { EventConsumer } from "@/lib/events/define-event-consumer";
import { dealAlertsConsumer } from "@/lib/store/deal-alerts/deal-alerts-consumer";
import { orderEmailsConsumer } from "@/lib/store/emails/order-emails-consumer";

// Every consumer of the store's domain events, one line each; the event bus (lib/events) delivers to each of
// them on whichever transport is configured (a RabbitMQ queue or Redis consumer group per consumer). A
// consumer's name is permanent: it keys its dedupe rows, its queue and its group.
export const EVENT_CONSUMERS: readonly EventConsumer[] = [
  salesAnalyticsConsumer,
  salesRollupsConsumer,
  orderEmailsConsumer,
  dealAlertsConsumer,
];

/**
 * Consumers added after the store took orders: the first start replays the outbox into them (once). Not
 * deal-alerts: replaying old price drops would mail alerts for prices long gone.
 */
export const BACKFILLED_CONSUMERS: readonly EventConsumer[] = [salesRollupsConsumer];
