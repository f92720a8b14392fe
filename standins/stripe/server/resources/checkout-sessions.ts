// /v1/checkout/sessions: create, retrieve, list, line items, expire (mode=payment with inline price_data).
import type Stripe from "stripe";
import { z } from "zod";

import { MAX_AMOUNT, MAX_SESSION_LIFETIME_S, MIN_SESSION_LIFETIME_S, MINIMUM_CHARGE, SUPPORTED_CURRENCIES } from "../../constants";
import type { ApiRequest } from "../api-request";
import { emit, type StripeContext } from "../context";
import { expandObject } from "../expand";
import { listOf, matchesCreated } from "../lists";
import { formatMinor } from "../money";
import { buildLineItem } from "../objects/build-line-item";
import { buildSession } from "../objects/build-session";
import { bool, createdFilter, expand, int, listParams, metadata, parseParams, str } from "../params";
import { cancelIntentOf } from "../payments/pay-session";
import type { SessionRecord } from "../store";
import { invalidRequest, noSuch, paramError } from "../stripe-error";

const currency = () =>
  z
    .string()
    .transform((c) => c.toLowerCase())
    .refine((c) => SUPPORTED_CURRENCIES.has(c), { message: "is not a currency this stand-in supports" });

const lineItemSchema = z.strictObject({
  price_data: z.strictObject({
    currency: currency(),
    unit_amount: int(0, MAX_AMOUNT),
    product_data: z.strictObject({
      name: str(250).min(1, { message: "must not be empty" }),
      description: str(40000).optional(),
      images: z.array(str()).max(8).optional(),
      metadata: metadata().optional(),
    }),
    tax_behavior: z.enum(["exclusive", "inclusive", "unspecified"]).optional(),
  }),
  quantity: int(1, 999_999),
});

const createSchema = z.strictObject({
  mode: z.enum(["payment", "setup", "subscription"]),
  line_items: z.array(lineItemSchema).min(1).max(100),
  success_url: str().optional(),
  cancel_url: str().optional(),
  client_reference_id: str(200).optional(),
  customer_email: str(800).optional(),
  metadata: metadata().optional(),
  payment_intent_data: z.strictObject({ metadata: metadata().optional(), description: str(1000).optional() }).optional(),
  expires_at: int(0).optional(),
  locale: z.enum(["auto", "en", "de", "fr", "es", "it", "ja", "nl", "pt", "sv", "pl"]).optional(),
  automatic_tax: z.strictObject({ enabled: bool() }).optional(),
  invoice_creation: z.strictObject({ enabled: bool() }).optional(),
  expand: expand(),
});

const listSchema = z.strictObject({
  ...listParams,
  created: createdFilter().optional(),
  payment_intent: str().optional(),
  status: z.enum(["open", "complete", "expired"]).optional(),
  customer_details: z.strictObject({ email: str() }).optional(),
});

const retrieveSchema = z.strictObject({ expand: expand() });

export function createSession({ ctx, params }: ApiRequest): unknown {
  const p = parseParams(createSchema, params);
  if (p.mode !== "payment") throw paramError("This stand-in supports only mode=payment.", "mode");
  const now = ctx.clock.now();
  const first = p.line_items[0]!.price_data.currency;
  p.line_items.forEach((item, i) => {
    if (item.price_data.currency !== first)
      throw paramError("All line items must use the same currency.", `line_items[${i}][price_data][currency]`);
  });
  const expiresAt = p.expires_at ?? now + MAX_SESSION_LIFETIME_S;
  if (expiresAt < now + MIN_SESSION_LIFETIME_S || expiresAt > now + MAX_SESSION_LIFETIME_S) {
    throw paramError("The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "expires_at");
  }
  for (const [name, url] of [
    ["success_url", p.success_url],
    ["cancel_url", p.cancel_url],
  ] as const) {
    if (url !== undefined && !/^https?:\/\/[^\s]+$/.test(url)) throw paramError(`Not a valid URL`, name, "url_invalid");
  }
  const lineItems = p.line_items.map((item) =>
    buildLineItem({
      now,
      currency: first,
      unitAmount: item.price_data.unit_amount,
      quantity: item.quantity,
      name: item.price_data.product_data.name,
      description: item.price_data.product_data.description ?? null,
    }),
  );
  const amountTotal = lineItems.reduce((sum, item) => sum + item.amount_total, 0);
  const minimum = MINIMUM_CHARGE[first] ?? 50;
  if (amountTotal > MAX_AMOUNT)
    throw invalidRequest(`The Checkout Session's total amount due must be no more than ${formatMinor(MAX_AMOUNT, first)}.`);
  if (amountTotal > 0 && amountTotal < minimum) {
    throw invalidRequest(
      `The Checkout Session's total amount due must add up to at least ${formatMinor(minimum, first)}`,
      undefined,
      "amount_too_small",
    );
  }
  const session = buildSession({
    origin: ctx.origin,
    now,
    expiresAt,
    currency: first,
    amountTotal,
    successUrl: p.success_url ?? null,
    cancelUrl: p.cancel_url ?? null,
    clientReferenceId: p.client_reference_id ?? null,
    customerEmail: p.customer_email ?? null,
    metadata: p.metadata ?? {},
    locale: p.locale ?? null,
    automaticTax: p.automatic_tax?.enabled ?? false,
    invoiceCreation: p.invoice_creation?.enabled ?? false,
  });
  const record: SessionRecord = {
    session,
    lineItems,
    intentData: { metadata: p.payment_intent_data?.metadata ?? {}, description: p.payment_intent_data?.description ?? null },
  };
  ctx.store.sessions.set(session.id, record);
  ctx.stats.objects.checkoutSessions++;
  return renderSession(ctx, record, p.expand);
}

export function retrieveSession({ ctx, params }: ApiRequest, [id]: string[]): unknown {
  const p = parseParams(retrieveSchema, params);
  return renderSession(ctx, sessionOrThrow(ctx, id!), p.expand);
}

export function listSessions({ ctx, params }: ApiRequest): unknown {
  const p = parseParams(listSchema, params);
  const matching = [...ctx.store.sessions.values()]
    .reverse()
    .map((record) => record.session)
    .filter(
      (session) =>
        matchesCreated(session.created, p.created) &&
        (p.payment_intent === undefined || session.payment_intent === p.payment_intent) &&
        (p.status === undefined || session.status === p.status) &&
        (p.customer_details === undefined || session.customer_details?.email === p.customer_details.email),
    );
  return expandObject(ctx, listOf(matching, p, "/v1/checkout/sessions"), p.expand, lineItemsExpander(ctx));
}

export function listLineItems({ ctx, params }: ApiRequest, [id]: string[]): unknown {
  const p = parseParams(z.strictObject(listParams), params);
  const record = sessionOrThrow(ctx, id!);
  return listOf([...record.lineItems], p, `/v1/checkout/sessions/${id}/line_items`);
}

export function expireSession({ ctx, params, eventRequest }: ApiRequest, [id]: string[]): unknown {
  const p = parseParams(retrieveSchema, params);
  const record = sessionOrThrow(ctx, id!);
  if (record.session.status !== "open") {
    throw invalidRequest(`Only Checkout Sessions with a status in ["open"] can be expired.`, undefined, "checkout_session_not_open");
  }
  markExpired(ctx, record, eventRequest);
  return renderSession(ctx, record, p.expand);
}

/** Closes an open session (by API or at its expires_at) and records checkout.session.expired. */
export function markExpired(ctx: StripeContext, record: SessionRecord, request: ApiRequest["eventRequest"] | null): void {
  record.session.status = "expired";
  record.session.url = null;
  cancelIntentOf(ctx, record);
  emit(ctx, "checkout.session.expired", record.session, request);
}

/** Expires every open session whose expires_at has passed (called by a timer and after the clock moves). */
export function expireDueSessions(ctx: StripeContext): number {
  const now = ctx.clock.now();
  let expired = 0;
  for (const record of ctx.store.sessions.values()) {
    if (record.session.status === "open" && record.session.expires_at <= now) {
      markExpired(ctx, record, null);
      expired++;
    }
  }
  return expired;
}

export function sessionOrThrow(ctx: StripeContext, id: string): SessionRecord {
  const record = ctx.store.sessions.get(id);
  if (!record) throw noSuch("checkout.session", id, "session");
  return record;
}

function renderSession(ctx: StripeContext, record: SessionRecord, paths: readonly string[] | undefined): Stripe.Checkout.Session {
  return expandObject(ctx, record.session, paths, lineItemsExpander(ctx));
}

// line_items is not an id on the session but a list Stripe computes when asked to expand it.
function lineItemsExpander(ctx: StripeContext) {
  return (object: Record<string, unknown>, field: string): unknown => {
    if (object.object !== "checkout.session" || field !== "line_items") return undefined;
    const record = ctx.store.sessions.get(String(object.id));
    return record ? listOf(record.lineItems, { limit: 100 }, `/v1/checkout/sessions/${record.session.id}/line_items`) : undefined;
  };
}
