// A Checkout line item from inline price_data: Stripe creates a Price and a Product for it on the fly.
import type Stripe from "stripe";

import { newId } from "../ids";

export interface NewLineItem {
  now: number;
  currency: string;
  unitAmount: number;
  quantity: number;
  name: string;
  description: string | null;
}

export function buildLineItem(input: NewLineItem): Stripe.LineItem {
  const amount = input.unitAmount * input.quantity;
  const price: Stripe.Price = {
    id: newId("price_"),
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created: input.now,
    currency: input.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: newId("prod_"),
    recurring: null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: "one_time",
    unit_amount: input.unitAmount,
    // On the wire a decimal is a string; the client's type brands it (Stripe.Decimal), which JSON cannot carry.
    unit_amount_decimal: String(input.unitAmount) as unknown as Stripe.Decimal,
  };
  return {
    id: newId("li_"),
    object: "item",
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: input.currency,
    description: input.name,
    metadata: {},
    price,
    quantity: input.quantity,
  };
}
