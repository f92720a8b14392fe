// The refund window as the order page words it, derived from the order the API sends (paid_at and
// refund_deadline), so the page never needs the server's REFUND_WINDOW_DAYS setting.
import type { OrderSummaryView } from "@/lib/query/order-view";

const DAY_MS = 86_400_000;

/** Days from payment to the refund deadline (the configured window), or null when the order has no window. */
export function refundWindowDays(order: Pick<OrderSummaryView, "paid_at" | "refund_deadline">): number | null {
  if (!order.paid_at || !order.refund_deadline) return null;
  return Math.round((Date.parse(order.refund_deadline) - Date.parse(order.paid_at)) / DAY_MS);
}

/** "Refunds within 14 days of purchase; the game leaves your library." */
export function refundPolicyText(days: number, gameCount: number): string {
  const unit = days === 1 ? "day" : "days";
  return `Refunds within ${days} ${unit} of purchase; the ${gameCount === 1 ? "game leaves" : "games leave"} your library.`;
}

/** Reasons a player picks from; the code goes to the refund API, the label is what they read. */
export const REFUND_REASONS = [
  { code: "requested_by_customer", label: "I changed my mind" },
  { code: "accidental_purchase", label: "I bought it by mistake" },
  { code: "technical_issue", label: "It does not run well for me" },
  { code: "duplicate", label: "I already own it elsewhere" },
] as const;
