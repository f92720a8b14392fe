// GET /api/admin/catalog-writes/dead?limit=50 – catalog writes this instance gave up on, with their reasons
import { NextResponse, type NextRequest } from "next/server";

import { DeadLettersQuerySchema } from "@/lib/admin/queues/queue-schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest) => {
  const { limit } = DeadLettersQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json({ deadWrites: await getCatalogWriteQueue().deadLetters(limit) });
});
