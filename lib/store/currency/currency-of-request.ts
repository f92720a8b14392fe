import { z } from "zod";

import { sellableCurrencySchema, type Currency } from "@/lib/money";

import { CURRENCY_COOKIE } from "./currency-cookie";
import { resolveCurrency } from "./resolve-currency";

/** What this needs of a request (NextRequest has it), without importing the HTTP edge into the domain. */
export interface CurrencyRequest {
  nextUrl: { searchParams: URLSearchParams };
  cookies: { get(name: string): { value: string } | undefined };
  headers: { get(name: string): string | null };
}

const currencyQuerySchema = z.object({ currency: sellableCurrencySchema });

/**
 * The currency an API answer is priced in: an explicit `?currency=` (anything we do not sell is a ZodError,
 * a 400 at the edge), else the visitor's (cookie, then Accept-Language).
 */
export function currencyOfRequest(req: CurrencyRequest): Currency {
  const explicit = req.nextUrl.searchParams.get("currency");
  if (explicit !== null) return currencyQuerySchema.parse({ currency: explicit }).currency;
  return resolveCurrency(req.cookies.get(CURRENCY_COOKIE)?.value, req.headers.get("accept-language"));
}

/** The headers a response priced per visitor carries, so no shared cache hands one visitor's currency to another. */
export const PRICED_RESPONSE_HEADERS = { Vary: "Cookie, Accept-Language" } as const;
