import { z } from "zod";

/** An order id from a path: a cuid2 (lower-case letters and digits); anything else is a 400, never a query. */
export const orderIdParamSchema = z.object({ id: z.string().regex(/^[a-z0-9]{10,40}$/, "an order id") });
