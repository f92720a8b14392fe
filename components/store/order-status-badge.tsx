import { ORDER_STATUS_LABELS, type OrderStatus } from "@/lib/query/order-view";
import { cn } from "@/lib/utils";

const TONES: Record<OrderStatus, string> = {
  pending_payment: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100",
  paid: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100",
  failed: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100",
  expired: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
  refund_pending: "bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100",
  refunded: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
  partially_refunded: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
};

/** The order's status as a coloured label; the words carry the meaning, the colour only helps. */
export function OrderStatusBadge({ status, className }: { status: OrderStatus; className?: string }) {
  return (
    <span
      data-testid="order-status"
      data-status={status}
      className={cn(
        "inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap print:border print:border-black print:bg-white print:text-black",
        TONES[status],
        className,
      )}
    >
      {ORDER_STATUS_LABELS[status]}
    </span>
  );
}
