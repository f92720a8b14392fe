import "server-only";

import { cookies, headers } from "next/headers";

import type { Currency } from "@/lib/money";

import { CURRENCY_COOKIE } from "./currency-cookie";
import { resolveCurrency } from "./resolve-currency";

/**
 * The visitor's currency in a dynamic server page (cookie, then Accept-Language), as currencyOfRequest reads it
 * in a route. Reading cookies and headers makes the page dynamic: call it only from pages rendered per request,
 * never from a prerendered one, or one visitor's currency would be baked into everyone's HTML.
 */
export async function currencyOfPage(): Promise<Currency> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return resolveCurrency(jar.get(CURRENCY_COOKIE)?.value, head.get("accept-language"));
}
