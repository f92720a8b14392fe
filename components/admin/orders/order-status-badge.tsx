import { cn } from "@/lib/utils";

const TONE: Record<string, string> = {
  paid: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  pending_payment: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  refund_pending: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  partially_refunded: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  refunded: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  failed: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  expired: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
};

/** An order's status as a small label ("partially refunded"). */
export function OrderStatusBadge({ status }: { status: string }) {
  return (
    <span
      data-testid="order-status"
      className={cn("rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap", TONE[status] ?? TONE.pending_payment)}
    >
      {status.replaceAll("_", " ")}
    </span>
  );
}
