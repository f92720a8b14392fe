import { peekEventBus } from "./get-event-bus";

/**
 * Tells this process's relay that an outbox row was committed, so it publishes within milliseconds instead of
 * at its next poll (about a second; rows other instances write wait for that poll). Call it after the
 * transaction that appended the event commits: a nudge before the commit finds nothing to publish.
 *
 * @example
 * await db.$transaction(async (tx) => { … await appendOutboxEvent(tx, "order.paid", order.id, payload); });
 * nudgeRelay();
 */
export function nudgeRelay(): void {
  peekEventBus()?.relay.nudge();
}
