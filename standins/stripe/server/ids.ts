// Stripe-shaped identifiers: a prefix and random base62, as long as Stripe's own.
import { randomInt } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function randomBase62(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += BASE62[randomInt(BASE62.length)];
  return out;
}

const LENGTHS = {
  cs_test_: 58,
  pi_: 24,
  ch_: 24,
  re_: 24,
  pm_: 24,
  evt_: 24,
  we_: 24,
  li_: 24,
  price_: 24,
  prod_: 14,
  req_: 14,
  whsec_: 32,
} as const;

export type IdPrefix = keyof typeof LENGTHS;

export function newId(prefix: IdPrefix): string {
  return prefix + randomBase62(LENGTHS[prefix]);
}
