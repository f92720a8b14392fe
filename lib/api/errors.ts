// One error shape for every API response: {error: {code, message, details?}}.
import { NextResponse } from "next/server";
import { z, ZodError } from "zod";

import { BrandedError } from "@/lib/errors/cross-bundle-brand";
import { isIgdbError } from "@/lib/igdb/errors";
import { logger } from "@/lib/log/logger";

import { describePrismaError } from "./prisma-errors";

const STATUS_BY_CODE = {
  invalid_parameters: 400,
  invalid_json: 400,
  weak_password: 400,
  invalid_token: 400,
  unauthorized: 401,
  forbidden: 403,
  unknown_platform: 400,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  payload_too_large: 413,
  reauthentication_required: 403,
  wrong_password: 403,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof STATUS_BY_CODE;

/** An error the client can act on; its code picks the HTTP status. */
export class AppError extends BrandedError {
  /** `instanceof` holds across Next's bundles (lib/errors/cross-bundle-brand.ts). */
  static override readonly brand: string = "AppError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Sent as Retry-After on 429 and 503. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorResponse(code: ErrorCode, message: string, details?: unknown, retryAfterSeconds?: number): NextResponse<ApiErrorBody> {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return NextResponse.json(
    { error: details === undefined ? { code, message } : { code, message, details } },
    { status: STATUS_BY_CODE[code], headers },
  );
}

/**
 * Maps anything thrown in a handler to the API error shape. The issue asks for 400 on invalid parameters
 * (not the 422 of our style guide), so a ZodError is a 400 with every issue in details.
 */
export function handleApiError(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return errorResponse("invalid_parameters", issues[0] ? `${issues[0].path || "input"}: ${issues[0].message}` : "Invalid parameters", {
      issues,
      fields: z.flattenError(error).fieldErrors,
    });
  }
  if (error instanceof AppError) return errorResponse(error.code, error.message, error.details, error.retryAfterSeconds);
  // The database refusing what a request asked for (a duplicate, a CHECK, a row that is not there) is the
  // client's 4xx, never our 500.
  const refused = describePrismaError(error);
  if (refused) return errorResponse(refused.code, refused.message, refused.details);
  // IGDB being down or slow is not our bug: a clear 503 the client may retry.
  if (isIgdbError(error)) {
    logger.warn({ err: error, kind: error.kind }, "IGDB unavailable");
    return errorResponse("unavailable", "The game database upstream is unavailable right now. Please try again shortly.",
      { upstream: "igdb", reason: error.kind }, (error.retryAfterMs ?? 5_000) / 1000);
  }
  logger.error({ err: error }, "unhandled API error");
  return errorResponse("internal_error", "Something went wrong on our side. It has been logged.");
}
