// POST /api/admin/catalog/games/{id}/refresh – fetch the game from IGDB again (a catalog.refresh-game job) → 202 {jobId, deduplicated}
import { NextResponse } from "next/server";

import { adminGameIdParamSchema } from "@/lib/admin/catalog/admin-catalog-schemas";
import { getAdminGame } from "@/lib/admin/catalog/get-admin-game";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { refreshGameJob } from "@/lib/catalog-sync/jobs/refresh-game-job";
import { AppError } from "@/lib/errors/app-error";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const POST = withAdmin<{ params: Promise<{ id: string }> }>(async (_req, { params, admin }) => {
  const { id } = adminGameIdParamSchema.parse(await params);
  const game = getAdminGame(id);
  if (!game) throw new AppError("not_found", `No game has the id ${id}.`);
  // A second click while one runs gets the same job (dedupe key per id) rather than a second IGDB call.
  const { id: jobId, deduplicated } = await getJobSystem().enqueue(refreshGameJob, { id });
  await recordAudit(admin, "game.refresh", `game:${id}`, { name: game.display.name, jobId, deduplicated });
  return NextResponse.json({ jobId, deduplicated }, { status: 202 });
});
