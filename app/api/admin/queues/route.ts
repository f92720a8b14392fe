// GET /api/admin/queues – per queue: counts by state, throughput, oldest waiting, dead letters; and the
// catalog write queue: depth, capacity, drain rate, lag and dead writes (admins only)
import { NextResponse } from "next/server";

import { withAdmin } from "@/lib/api/with-admin";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async () => {
  const [queues, catalogWrites] = await Promise.all([getJobSystem().queueStats(), getCatalogWriteQueue().stats()]);
  return NextResponse.json({ queues, catalogWrites, generatedAt: new Date().toISOString() });
});
