// GET /api/admin/queues – per queue: counts by state, throughput, oldest waiting, dead letters; and the
// catalog write queue: depth, capacity, drain rate, lag and dead writes (admins only)
import { NextResponse, type NextRequest } from "next/server";

import { requireAdmin } from "@/lib/api/require-admin";
import { withErrors } from "@/lib/api/with-errors";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (req: NextRequest) => {
  await requireAdmin(req);
  const [queues, catalogWrites] = await Promise.all([getJobSystem().queueStats(), getCatalogWriteQueue().stats()]);
  return NextResponse.json({ queues, catalogWrites, generatedAt: new Date().toISOString() });
});
