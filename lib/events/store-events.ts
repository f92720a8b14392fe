// The store's domain events: what integrators receive on the bus (RabbitMQ exchange `questlog.events`, the Redis
// Stream, or in-process), documented in docs/events.md. Each event has an id (the outbox row's UUIDv7, which
// consumers dedupe by), a type, a version, the aggregate it is about, and a payload of this shape. Payloads
// carry ids and amounts (decimal strings), not personal data: a consumer that needs the buyer's address reads
// the order. A breaking change to a payload is a new version, published beside the old one until consumers move.
import { z } from "zod";

const amount = z.string().regex(/^-?\d+\.\d{2}$/);
const currency = z.string().regex(/^[A-Z]{3}$/);

const orderLine = z.object({ game_id: z.number().int(), title: z.string(), unit_price: amount, discount: amount, line_total: amount });

const orderFacts = {
  order_id: z.string(),
  user_id: z.string().nullable(),
  currency,
  total: amount,
};

const saleFacts = {
  sale_id: z.string(),
  name: z.string(),
  percent: z.number().int().min(10).max(90),
  starts_at: z.iso.datetime(),
  ends_at: z.iso.datetime(),
  game_ids: z.array(z.number().int()),
};

export const STORE_EVENT_PAYLOADS = {
  "order.placed": z.object({ ...orderFacts, subtotal: amount, discount: amount, lines: z.array(orderLine) }),
  "order.paid": z.object({ ...orderFacts, subtotal: amount, discount: amount, paid_at: z.iso.datetime(), lines: z.array(orderLine) }),
  "order.failed": z.object({ ...orderFacts, reason: z.string() }),
  "order.expired": z.object({ ...orderFacts }),
  "order.refunded": z.object({
    ...orderFacts,
    refund_id: z.string(),
    amount,
    /** The order's status after this refund. */
    status: z.enum(["refunded", "partially_refunded"]),
    game_ids: z.array(z.number().int()),
  }),
  "entitlement.granted": z.object({ entitlement_id: z.string(), user_id: z.string(), game_id: z.number().int(), order_id: z.string() }),
  "entitlement.revoked": z.object({ entitlement_id: z.string(), user_id: z.string(), game_id: z.number().int(), order_id: z.string() }),
  /** A new effective price (a PriceChange row) of a listed game in one currency: an edit, a sale starting or ending. */
  "price.changed": z.object({
    price_change_id: z.string(),
    game_id: z.number().int(),
    currency,
    price: amount,
    regular_price: amount,
    discount_percent: z.number().int().min(0).max(90),
    /** The price in force just before; null for a listing's first price in this currency. */
    previous_price: amount.nullable(),
    /** Lower than every earlier price of the game in this currency (false for a first price). */
    all_time_low: z.boolean(),
    effective_from: z.iso.datetime(),
  }),
  "sale.started": z.object({ ...saleFacts }),
  "sale.ended": z.object({ ...saleFacts }),
} as const;

export type StoreEventType = keyof typeof STORE_EVENT_PAYLOADS;
export type StoreEventPayload<T extends StoreEventType> = z.infer<(typeof STORE_EVENT_PAYLOADS)[T]>;
export const STORE_EVENT_TYPES = Object.keys(STORE_EVENT_PAYLOADS) as StoreEventType[];

/** Version 1 of every type today; bump per type when its payload changes incompatibly. */
export const STORE_EVENT_VERSION: Record<StoreEventType, number> = Object.fromEntries(STORE_EVENT_TYPES.map((type) => [type, 1])) as Record<
  StoreEventType,
  number
>;

/** The envelope every transport carries (JSON): what a consumer receives. */
export interface StoreEventEnvelope<T extends StoreEventType = StoreEventType> {
  id: string;
  type: T;
  version: number;
  aggregate_id: string;
  occurred_at: string;
  data: StoreEventPayload<T>;
}
