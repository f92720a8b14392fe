// POST /api/admin/catalog-writes/dead/{id}/requeue – puts a dead catalog write back in the queue (after its
// cause was fixed); its new ticket, whose status GET /api/admin/catalog-writes/{ticket} reports
import { NextResponse } from "next/server";

import type { RequeueWriteResult } from "@/lib/admin/queues/queue-api-types";
import { DeadWriteIdParamSchema, type IdRoute } from "@/lib/admin/queues/queue-schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { AppError } from "@/lib/errors/app-error";

export const POST = withAdmin<IdRoute>(async (req, { params, admin }) => {
  const { id } = DeadWriteIdParamSchema.parse(await params);
  const ticket = await getCatalogWriteQueue().requeueDead(id);
  if (!ticket) throw new AppError("not_found", `No dead catalog write has the id ${id} (it may have been requeued already).`);
  await recordAudit(admin, "catalog-write.requeue", `catalog-write:${id}`, { ticket: ticket.id, accepted: ticket.accepted });
  return NextResponse.json({ deadWriteId: id, ticket: { id: ticket.id, accepted: ticket.accepted } } satisfies RequeueWriteResult);
});
