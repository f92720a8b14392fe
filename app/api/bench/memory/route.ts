// GET /api/bench/memory?index=1 – the web process's own memory breakdown, read by `npm run bench:memory`.
// Off unless BENCH_ENDPOINTS=1: it forces full GCs and (with index=1) builds a second search index.
import { NextResponse, type NextRequest } from "next/server";

import { errorResponse } from "@/lib/api/errors";
import { memoryReport } from "@/lib/bench/memory-report";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  if (!getEnv().BENCH_ENDPOINTS) return errorResponse("not_found", "Benchmark endpoints are disabled.");
  return NextResponse.json(await memoryReport({ measureIndex: req.nextUrl.searchParams.get("index") === "1" }));
}
