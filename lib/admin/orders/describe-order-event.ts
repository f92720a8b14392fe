// One line of the order console's timeline per outbox event: what happened, in an admin's words.
const money = (amount: unknown, currency: unknown) => `${String(amount)} ${String(currency)}`;

/** A short sentence for an event's payload (store events, lib/events/store-events.ts); the type alone for unknown ones. */
export function describeOrderEvent(type: string, payload: Record<string, unknown>): string {
  switch (type) {
    case "order.placed":
      return `Checkout started: ${money(payload.total, payload.currency)}, ${Array.isArray(payload.lines) ? payload.lines.length : 0} game(s)`;
    case "order.paid":
      return `Paid ${money(payload.total, payload.currency)}`;
    case "order.failed":
      return `Payment failed${payload.reason ? `: ${String(payload.reason)}` : ""}`;
    case "order.expired":
      return "Checkout expired unpaid";
    case "order.refunded":
      return `Refunded ${money(payload.amount, payload.currency)} (order now ${String(payload.status).replace("_", " ")})`;
    case "entitlement.granted":
      return `Game ${String(payload.game_id)} granted`;
    case "entitlement.revoked":
      return `Game ${String(payload.game_id)} taken back`;
    default:
      return type;
  }
}

/** A sentence for one of the console's own audit entries on an order. */
export function describeOrderAudit(action: string, details: Record<string, unknown>): string {
  if (action === "order.refund") {
    return `Refund of ${money(details.amount, details.currency)} requested (${String(details.reason)})${details.note ? `: ${String(details.note)}` : ""}`;
  }
  if (action === "order.receipt.resend") return `Receipt sent again to ${String(details.email)}`;
  return action;
}
