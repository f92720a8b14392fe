// The parts of Stripe's objects the store reads, parsed with zod at the adapter's edge (a drift in Stripe's
// shapes fails here, loudly, not deep in the order code), and reshaped into our own types.
import { z } from "zod";

const expandableId = z.union([z.string(), z.object({ id: z.string() }).loose()]).nullable();
const statusOf = (value: z.infer<typeof expandableId>): string | null =>
  value !== null && typeof value === "object" && typeof value.status === "string" ? value.status : null;
const idOf = (value: z.infer<typeof expandableId>): string | null => (value === null ? null : typeof value === "string" ? value : value.id);

const sessionSchema = z
  .object({
    id: z.string(),
    object: z.literal("checkout.session"),
    url: z.string().nullable().optional(),
    status: z.enum(["open", "complete", "expired"]).nullable(),
    payment_status: z.enum(["paid", "unpaid", "no_payment_required"]),
    client_reference_id: z.string().nullable().optional(),
    metadata: z.record(z.string(), z.string()).nullable().optional(),
    payment_intent: expandableId.optional(),
    amount_total: z.number().int().nullable(),
    currency: z.string().nullable(),
    expires_at: z.number().int(),
    created: z.number().int(),
  })
  .loose();

export interface CheckoutSessionView {
  id: string;
  url: string | null;
  status: "open" | "complete" | "expired" | null;
  paymentStatus: "paid" | "unpaid" | "no_payment_required";
  /** Our order id: metadata.order_id, else client_reference_id; null for a session another integration made. */
  orderId: string | null;
  paymentIntentId: string | null;
  /** The PaymentIntent's status when it was expanded ("processing", "succeeded", "requires_payment_method" after a failure …). */
  paymentIntentStatus: string | null;
  /** Minor units, as Stripe counts them. */
  amountTotal: number | null;
  /** Upper case (Stripe speaks lower case). */
  currency: string | null;
  expiresAt: Date;
  createdAt: Date;
}

export function toCheckoutSessionView(raw: unknown): CheckoutSessionView {
  const session = sessionSchema.parse(raw);
  return {
    id: session.id,
    url: session.url ?? null,
    status: session.status,
    paymentStatus: session.payment_status,
    orderId: session.metadata?.order_id ?? session.client_reference_id ?? null,
    paymentIntentId: idOf(session.payment_intent ?? null),
    paymentIntentStatus: statusOf(session.payment_intent ?? null),
    amountTotal: session.amount_total,
    currency: session.currency?.toUpperCase() ?? null,
    expiresAt: new Date(session.expires_at * 1000),
    createdAt: new Date(session.created * 1000),
  };
}

const refundSchema = z
  .object({
    id: z.string(),
    object: z.literal("refund"),
    amount: z.number().int(),
    currency: z.string(),
    status: z.enum(["pending", "requires_action", "succeeded", "failed", "canceled"]).nullable(),
    payment_intent: expandableId.optional(),
    metadata: z.record(z.string(), z.string()).nullable().optional(),
    created: z.number().int(),
  })
  .loose();

export interface RefundView {
  id: string;
  /** Minor units. */
  amount: number;
  currency: string;
  /** requires_action counts as pending: the buyer has a step left, and Stripe will tell us its end. */
  status: "pending" | "succeeded" | "failed" | "canceled";
  paymentIntentId: string | null;
  /** Our Refund row's id (metadata.refund_id); null for a refund made elsewhere (the Dashboard). */
  refundRequestId: string | null;
  createdAt: Date;
}

export function toRefundView(raw: unknown): RefundView {
  const refund = refundSchema.parse(raw);
  const status = refund.status === null || refund.status === "requires_action" ? "pending" : refund.status;
  return {
    id: refund.id,
    amount: refund.amount,
    currency: refund.currency.toUpperCase(),
    status,
    paymentIntentId: idOf(refund.payment_intent ?? null),
    refundRequestId: refund.metadata?.refund_id ?? null,
    createdAt: new Date(refund.created * 1000),
  };
}

const eventSchema = z
  .object({
    id: z.string(),
    object: z.literal("event"),
    type: z.string(),
    created: z.number().int(),
    data: z.object({ object: z.object({ id: z.string().optional(), object: z.string() }).loose() }),
  })
  .loose();

/** A verified webhook event, reduced to what the intake stores: the payload is a notification, never state. */
export interface StripeEventView {
  id: string;
  type: string;
  /** "checkout.session", "refund", "charge", … */
  objectType: string;
  objectId: string | null;
  /** For a charge: its payment_intent (refund events of a charge are matched by it). */
  paymentIntentId: string | null;
  createdAt: Date;
}

export function toStripeEventView(raw: unknown): StripeEventView {
  const event = eventSchema.parse(raw);
  const object = event.data.object;
  const paymentIntent = (object as { payment_intent?: unknown }).payment_intent;
  return {
    id: event.id,
    type: event.type,
    objectType: object.object,
    objectId: object.id ?? null,
    paymentIntentId: typeof paymentIntent === "string" ? paymentIntent : null,
    createdAt: new Date(event.created * 1000),
  };
}
