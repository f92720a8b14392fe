// GET /api/baseline?bytes=N – a fixed JSON body of N bytes: the least work a Next route handler can do per request.
import { NextResponse, type NextRequest } from "next/server";

// One body per size, built once; the bench asks for a handful of sizes (one per measured path).
const bodies = new Map<number, string>();
const MAX_SIZES = 16;

export function GET(req: NextRequest) {
  const bytes = Math.min(Math.max(Number(req.nextUrl.searchParams.get("bytes")) || 2048, 27), 1_000_000);
  let body = bodies.get(bytes);
  if (body === undefined) {
    body = JSON.stringify({ results: [], padding: "x".repeat(bytes - 27) });
    if (bodies.size < MAX_SIZES) bodies.set(bytes, body);
  }
  return new NextResponse(body, { headers: { "content-type": "application/json" } });
}
