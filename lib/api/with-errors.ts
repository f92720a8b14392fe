import type { NextRequest, NextResponse } from "next/server";

import { handleApiError } from "./errors";

type Handler<C> = (req: NextRequest, context: C) => Promise<Response | NextResponse> | Response | NextResponse;

/** Wraps a route handler so that every thrown error becomes the JSON error shape. */
export function withErrors<C>(handler: Handler<C>): (req: NextRequest, context: C) => Promise<Response> {
  return async (req, context) => {
    try {
      return await handler(req, context);
    } catch (error) {
      return handleApiError(error);
    }
  };
}
