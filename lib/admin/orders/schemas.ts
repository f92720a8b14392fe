// Inputs and answers of /api/admin/orders*, shared by the routes and the console (no server imports here).
import { z } from "zod";

import { moneyAmountSchema } from "@/lib/money/money-schemas";

import { isCalendarDay } from "../is-calendar-day";

export const ORDER_STATUSES = ["pending_payment", "paid", "failed", "expired", "refund_pending", "refunded", "partially_refunded"] as const;
export type AdminOrderStatus = (typeof ORDER_STATUSES)[number];

/** Why an admin refunds: kept on the Refund row and in the audit log; Stripe gets its own three of them. */
export const REFUND_REASONS = ["requested_by_customer", "duplicate", "fraudulent", "goodwill", "other"] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

const DAY = /^\d{4}-\d\d-\d\d$/;

/** A UTC day, YYYY-MM-DD. */
export const daySchema = z.string().trim().regex(DAY, "a day (2026-12-06)").refine(isCalendarDay, "not a real date");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));

/** "<ISO createdAt>~<id>" of the last order of a page. */
const cursorSchema = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z~[a-z0-9]{10,40}$/, "a cursor from a previous page (nextCursor)")
  .refine((c) => !Number.isNaN(Date.parse(c.split("~")[0]!)), "a cursor from a previous page (nextCursor)")
  .transform((c) => {
    const [createdAt, id] = c.split("~") as [string, string];
    return { createdAt: new Date(createdAt), id };
  });

export const searchOrdersQuerySchema = z
  .object({
    /** The buyer's account email, exactly (any case). */
    email: optionalText(320).transform((s) => s?.toLowerCase()),
    /** One order id exactly. */
    id: optionalText(40).pipe(
      z
        .string()
        .regex(/^[a-z0-9]{10,40}$/, "an order id")
        .optional(),
    ),
    status: z
      .union([z.enum(ORDER_STATUSES), z.literal("")])
      .optional()
      .transform((s) => (s ? s : undefined)),
    /** Orders placed on or after this UTC day. */
    from: z
      .union([daySchema, z.literal("")])
      .optional()
      .transform((s) => (s ? s : undefined)),
    /** Orders placed on or before this UTC day (all of it). */
    to: z
      .union([daySchema, z.literal("")])
      .optional()
      .transform((s) => (s ? s : undefined)),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: cursorSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not come after to", path: ["from"] });
export type SearchOrdersQuery = z.infer<typeof searchOrdersQuerySchema>;

export const toOrderCursor = (order: { createdAt: string; id: string }) => `${order.createdAt}~${order.id}`;

export const adminOrderIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "an order id");

export const refundOrderBodySchema = z
  .object({
    lines: z
      .array(
        z
          .object({
            line_id: z.string().regex(/^[a-z0-9]{10,40}$/, "an order line id"),
            /** What to refund of this line; omitted means all that is left of it. */
            amount: moneyAmountSchema.optional(),
          })
          .strict(),
      )
      .min(1)
      .max(100)
      .refine((lines) => new Set(lines.map((l) => l.line_id)).size === lines.length, "each line at most once"),
    /** A total split over the lines without an amount, in proportion to what is left of each (largest remainder). */
    amount: moneyAmountSchema.optional(),
    reason: z.enum(REFUND_REASONS),
    /** Free text for the audit log. */
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((b) => !b.amount || b.lines.every((l) => l.amount === undefined), {
    message: "give either a total amount or per-line amounts, not both",
    path: ["amount"],
  });
export type RefundOrderBody = z.infer<typeof refundOrderBodySchema>;

/** An Idempotency-Key header (a UUID from the console): the refund's id, so a retried request refunds once. */
export const idempotencyKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "16 to 64 letters, digits, '-' or '_' (a UUID)");

export interface AdminOrderSummary {
  id: string;
  email: string | null;
  userId: string | null;
  status: AdminOrderStatus;
  currency: string;
  total: string;
  lineCount: number;
  createdAt: string;
  paidAt: string | null;
}

export interface AdminOrderPage {
  orders: AdminOrderSummary[];
  /** Pass as ?cursor= for older orders; null on the last page. */
  nextCursor: string | null;
}

export interface AdminOrderLine {
  id: string;
  gameId: number;
  title: string;
  unitPrice: string;
  discount: string;
  lineTotal: string;
  /** Refunded so far (pending and succeeded refunds). */
  refunded: string;
  /** What an admin may still refund of it. */
  refundable: string;
  refundedAt: string | null;
  entitlement: { id: string; grantedAt: string; revokedAt: string | null } | null;
}

export interface AdminRefund {
  id: string;
  amount: string;
  currency: string;
  status: string;
  reason: string;
  requestedBy: string | null;
  providerRefundId: string | null;
  createdAt: string;
  completedAt: string | null;
  lines: Array<{ lineId: string; amount: string }>;
}

export interface TimelineEntry {
  at: string;
  /** "event" from the outbox, "audit" from the audit log. */
  source: "event" | "audit";
  /** order.paid, entitlement.revoked, order.refund.request … */
  type: string;
  summary: string;
  actor: string | null;
}

export interface AdminOrderDetail extends AdminOrderSummary {
  subtotal: string;
  discount: string;
  paymentIntentId: string | null;
  lines: AdminOrderLine[];
  payments: Array<{ id: string; providerRef: string; amount: string; currency: string; status: string; createdAt: string }>;
  refunds: AdminRefund[];
  timeline: TimelineEntry[];
}

export interface AdminRefundAccepted {
  order_id: string;
  refund_id: string;
  status: string;
  amount: string;
  currency: string;
  lines: Array<{ line_id: string; amount: string }>;
  /** True when this answers a request already made with the same Idempotency-Key. */
  replayed: boolean;
}
