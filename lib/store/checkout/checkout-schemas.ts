import { z } from "zod";

import { sellableCurrencySchema } from "@/lib/money";

/** POST /api/checkout: the currency to pay in (default: the visitor's); an unknown one is a 400. */
export const startCheckoutBodySchema = z.strictObject({ currency: sellableCurrencySchema.optional() });
export type StartCheckoutBody = z.infer<typeof startCheckoutBodySchema>;
