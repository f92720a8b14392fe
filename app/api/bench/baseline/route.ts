// GET /api/bench/baseline?bytes=N – a bare JSON route: the ceiling `npm run bench:http` compares search with.
// Off unless BENCH_ENDPOINTS=1, so production does not expose it.
import { NextResponse, type NextRequest } from "next/server";

import { errorResponse } from "@/lib/api/errors";
import { baselineBody } from "@/lib/bench/baseline-body";
import { getEnv } from "@/lib/env";

export function GET(req: NextRequest) {
  if (!getEnv().BENCH_ENDPOINTS) return errorResponse("not_found", "Benchmark endpoints are disabled.");
  const bytes = Math.min(Math.max(Number(req.nextUrl.searchParams.get("bytes")) || 2048, 2), 1_000_000);
  return new NextResponse(baselineBody(bytes), { headers: { "content-type": "application/json" } });
}
