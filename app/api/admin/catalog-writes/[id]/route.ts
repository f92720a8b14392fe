// GET /api/admin/catalog-writes/{id} – where one catalog write stands on this instance: queued, streamed,
// applied, dead (with its reason) or rejected; ids come from the enqueuing response (e.g. the IGDB webhook)
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";

import { withAdmin } from "@/lib/api/with-admin";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { AppError } from "@/lib/errors/app-error";

const ParamsSchema = z.object({ id: z.string().regex(/^[\w-]{1,100}$/, "a write id looks like w…-1a") });

export const GET = withAdmin(async (req: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = ParamsSchema.parse(await params);
  const status = await getCatalogWriteQueue().status(id);
  if (!status) throw new AppError("not_found", `This instance holds no write ${id} (statuses are kept for the last 100,000 writes).`);
  return NextResponse.json(status);
});
