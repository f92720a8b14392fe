// `expand[]`: replaces an id with the object it names, along dotted paths ("payment_intent.latest_charge").
// Lists expand their items' fields with a "data." prefix, as on Stripe.
import type { StripeContext } from "./context";
import { invalidRequest } from "./stripe-error";

/** Fields holding an id that can be expanded, per object type. */
const EXPANDABLE: Record<string, string[]> = {
  "checkout.session": ["payment_intent"],
  payment_intent: ["latest_charge"],
  charge: ["payment_intent"],
  refund: ["payment_intent", "charge"],
};

export type ExpandExtra = (object: Record<string, unknown>, field: string) => unknown;

export function expandObject<T extends object>(ctx: StripeContext, object: T, paths: readonly string[] = [], extra?: ExpandExtra): T {
  let result = structuredClone(object) as Record<string, unknown>;
  for (const path of paths) result = expandPath(ctx, result, path.split("."), path, extra);
  return result as T;
}

function expandPath(
  ctx: StripeContext,
  object: Record<string, unknown>,
  [field, ...rest]: string[],
  whole: string,
  extra?: ExpandExtra,
): Record<string, unknown> {
  if (!field) return object;
  if (field === "data" && object.object === "list" && Array.isArray(object.data)) {
    object.data = object.data.map((item: Record<string, unknown>) => expandPath(ctx, item, rest, whole, extra));
    return object;
  }
  const special = extra?.(object, field);
  if (special !== undefined) object[field] = special;
  else if (EXPANDABLE[String(object.object)]?.includes(field)) {
    const value = object[field];
    if (typeof value === "string") object[field] = structuredClone(resolve(ctx, value));
  } else {
    throw invalidRequest(`This property cannot be expanded (${field}).`, "expand");
  }
  const next = object[field];
  if (rest.length > 0 && next && typeof next === "object")
    object[field] = expandPath(ctx, next as Record<string, unknown>, rest, whole, extra);
  return object;
}

function resolve(ctx: StripeContext, id: string): unknown {
  if (id.startsWith("pi_")) return ctx.store.payments.get(id)?.intent ?? id;
  if (id.startsWith("ch_")) return ctx.store.charge(id) ?? id;
  if (id.startsWith("re_")) return ctx.store.refunds.get(id) ?? id;
  return id;
}
