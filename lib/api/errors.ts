// The HTTP edge of errors: one shape for every API response, {error: {code, message, details?}}.
import { NextResponse } from "next/server";
import { z, ZodError } from "zod";

import { AppError, statusOfCode, type ErrorCode } from "@/lib/errors/app-error";
import { describePrismaError } from "@/lib/errors/prisma-errors";
import { isIgdbError } from "@/lib/igdb/errors";
import { logger } from "@/lib/log/logger";

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorResponse(code: ErrorCode, message: string, details?: unknown, retryAfterSeconds?: number): NextResponse<ApiErrorBody> {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return NextResponse.json(
    { error: details === undefined ? { code, message } : { code, message, details } },
    { status: statusOfCode(code), headers },
  );
}

/**
 * Maps anything thrown in a handler to the API error shape. Invalid parameters are a 400 (the API's
 * documented contract, rather than 422), so a ZodError is a 400 with every issue in details.
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
    return errorResponse(
      "unavailable",
      "The game database upstream is unavailable right now. Please try again shortly.",
      { upstream: "igdb", reason: error.kind },
      (error.retryAfterMs ?? 5_000) / 1000,
    );
  }
  logger.error({ err: error }, "unhandled API error");
  return errorResponse("internal_error", "Something went wrong on our side. It has been logged.");
}
