// GET /v1/payment_intents/:id and GET /v1/charges/:id: read-only here, since Checkout creates them.
import { z } from "zod";

import type { ApiRequest } from "../api-request";
import { expandObject } from "../expand";
import { expand, parseParams } from "../params";
import { noSuch } from "../stripe-error";

const retrieveSchema = z.strictObject({ expand: expand() });

export function retrievePaymentIntent({ ctx, params }: ApiRequest, [id]: string[]): unknown {
  const p = parseParams(retrieveSchema, params);
  const payment = ctx.store.payments.get(id!);
  if (!payment) throw noSuch("payment_intent", id!, "intent");
  return expandObject(ctx, payment.intent, p.expand);
}

export function retrieveCharge({ ctx, params }: ApiRequest, [id]: string[]): unknown {
  const p = parseParams(retrieveSchema, params);
  const charge = ctx.store.charge(id!);
  if (!charge) throw noSuch("charge", id!, "charge");
  return expandObject(ctx, charge, p.expand);
}
