// Endpoint parameters: zod schemas over the decoded form (every value a string), and the mapping of the first
// zod issue to Stripe's 400, with `param` naming the field in bracket form as Stripe does.
import { z } from "zod";

import { paramName } from "./form-encoding";
import { paramError, type StripeApiError } from "./stripe-error";

export const str = (max = 5000) => z.string().max(max, { message: `must be at most ${max} characters` });

export const int = (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^-?\d+$/, { message: "Invalid integer" })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { message: `must be at least ${min}` })
        .max(max, { message: `must be at most ${max}` }),
    );

export const bool = () => z.enum(["true", "false"], { message: "Invalid boolean" }).transform((v) => v === "true");

/** Stripe's metadata limits: 50 keys, keys up to 40 characters, values up to 500. */
export const metadata = () =>
  z
    .record(z.string().max(40, { message: "metadata keys must be at most 40 characters" }), str(500))
    .refine((m) => Object.keys(m).length <= 50, { message: "metadata can have at most 50 keys" });

export const expand = () => z.array(z.string()).optional();

/** `created=123` or `created[gte]=…`, on list endpoints. */
export const createdFilter = () =>
  z.union([int(0), z.strictObject({ gt: int(0).optional(), gte: int(0).optional(), lt: int(0).optional(), lte: int(0).optional() })]);

export const listParams = {
  limit: int(1, 100).optional(),
  starting_after: str().optional(),
  ending_before: str().optional(),
  expand: expand(),
};

export function parseParams<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw toStripeError(parsed.error.issues[0]!);
}

function toStripeError(issue: z.core.$ZodIssue): StripeApiError {
  if (issue.code === "unrecognized_keys") {
    const param = paramName([...issue.path, issue.keys[0]!]);
    return paramError(`Received unknown parameter: ${param}`, param, "parameter_unknown");
  }
  const param = paramName(issue.path);
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return paramError(`Missing required param: ${param}.`, param, "parameter_missing");
  }
  if (issue.code === "invalid_type") return paramError(`Invalid ${issue.expected} for ${param}.`, param);
  const shown = typeof issue.input === "string" ? `: ${issue.input}` : "";
  if (issue.message === "Invalid integer") return paramError(`Invalid integer${shown}`, param, "parameter_invalid_integer");
  if (issue.message === "Invalid boolean") return paramError(`Invalid boolean${shown}`, param);
  if (issue.code === "invalid_value") return paramError(`Invalid ${param}${shown}: must be one of ${issue.values.join(", ")}`, param);
  return paramError(`Invalid ${param}: ${issue.message}`, param);
}
