// GET /v1/events/:id and GET /v1/events (type, types[], created filters), for reconciliation.
import { z } from "zod";

import type { ApiRequest } from "../api-request";
import { listOf, matchesCreated } from "../lists";
import { createdFilter, expand, listParams, parseParams, str } from "../params";
import { noSuch } from "../stripe-error";

const listSchema = z.strictObject({
  ...listParams,
  created: createdFilter().optional(),
  type: str().optional(),
  types: z.array(str()).max(20).optional(),
  delivery_success: z.enum(["true", "false"]).optional(),
});

export function retrieveEvent({ ctx, params }: ApiRequest, [id]: string[]): unknown {
  parseParams(z.strictObject({ expand: expand() }), params);
  const event = ctx.store.events.get(id!);
  if (!event) throw noSuch("event", id!);
  return event;
}

export function listEvents({ ctx, params }: ApiRequest): unknown {
  const p = parseParams(listSchema, params);
  const matching = [...ctx.store.events.values()]
    .reverse()
    .filter((e) => matchesCreated(e.created, p.created) && typeMatches(e.type, p.type, p.types));
  return listOf(matching, p, "/v1/events");
}

/** `type` may end in `*` ("checkout.session.*"), as on Stripe. */
export function typeMatches(type: string, pattern: string | undefined, patterns?: string[]): boolean {
  const all = [...(pattern === undefined ? [] : [pattern]), ...(patterns ?? [])];
  return all.length === 0 || all.some((p) => (p.endsWith("*") ? type.startsWith(p.slice(0, -1)) : type === p));
}
