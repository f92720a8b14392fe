// Next 16's proxy (formerly middleware): runs before any route is matched.
import { NextResponse, type NextRequest } from "next/server";

import { rejectMalformedForm } from "@/lib/api/reject-malformed-form";
import { rejectMalformedPath } from "@/lib/api/reject-malformed-path";

export async function proxy(request: NextRequest) {
  return rejectMalformedPath(request.nextUrl) ?? (await rejectMalformedForm(request)) ?? NextResponse.next();
}

export const config = {
  // Build output and images never reach a dynamic route.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
