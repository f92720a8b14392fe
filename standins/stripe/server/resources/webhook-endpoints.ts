// /v1/webhook_endpoints: create (answers the signing secret, only then), retrieve, list, delete.
import type Stripe from "stripe";
import { z } from "zod";

import { STRIPE_API_VERSION } from "../../constants";
import type { ApiRequest } from "../api-request";
import type { StripeContext } from "../context";
import { newId } from "../ids";
import { listOf } from "../lists";
import { expand, listParams, metadata, parseParams, str } from "../params";
import { noSuch, paramError } from "../stripe-error";

const createSchema = z.strictObject({
  url: str(),
  enabled_events: z.array(str()).min(1),
  description: str().optional(),
  metadata: metadata().optional(),
  api_version: str().optional(),
  expand: expand(),
});

export function addEndpoint(
  ctx: StripeContext,
  url: string,
  enabledEvents: string[],
  secret = newId("whsec_"),
  description: string | null = null,
): Stripe.WebhookEndpoint {
  const endpoint: Stripe.WebhookEndpoint = {
    id: newId("we_"),
    object: "webhook_endpoint",
    api_version: STRIPE_API_VERSION,
    application: null,
    created: ctx.clock.now(),
    description,
    enabled_events: enabledEvents,
    livemode: false,
    metadata: {},
    status: "enabled",
    url,
  };
  ctx.store.endpoints.set(endpoint.id, { endpoint, secret });
  ctx.stats.objects.webhookEndpoints++;
  return endpoint;
}

export function createEndpoint({ ctx, params }: ApiRequest): unknown {
  const p = parseParams(createSchema, params);
  if (!/^https?:\/\/\S+$/.test(p.url)) throw paramError("Invalid URL: must be an http or https URL.", "url", "url_invalid");
  const endpoint = addEndpoint(ctx, p.url, p.enabled_events, undefined, p.description ?? null);
  endpoint.metadata = p.metadata ?? {};
  return { ...endpoint, secret: ctx.store.endpoints.get(endpoint.id)!.secret };
}

export function retrieveEndpoint({ ctx, params }: ApiRequest, [id]: string[]): unknown {
  parseParams(z.strictObject({ expand: expand() }), params);
  const record = ctx.store.endpoints.get(id!);
  if (!record) throw noSuch("webhook_endpoint", id!);
  return record.endpoint;
}

export function listEndpoints({ ctx, params }: ApiRequest): unknown {
  const p = parseParams(z.strictObject(listParams), params);
  return listOf(
    [...ctx.store.endpoints.values()].reverse().map((r) => r.endpoint),
    p,
    "/v1/webhook_endpoints",
  );
}

export function deleteEndpoint({ ctx }: ApiRequest, [id]: string[]): unknown {
  if (!ctx.store.endpoints.delete(id!)) throw noSuch("webhook_endpoint", id!);
  return { id, object: "webhook_endpoint", deleted: true };
}
