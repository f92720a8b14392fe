// POST /api/admin/catalog/games/{id}/revalidate – regenerate the game's ISR page on its next request → {revalidated: "/games/<slug>"}
import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";

import { adminGameIdParamSchema } from "@/lib/admin/catalog/admin-catalog-schemas";
import { getAdminGame } from "@/lib/admin/catalog/get-admin-game";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";

// A route handler has the request context revalidatePath needs (the drainer does not: see
// lib/catalog-writes/revalidate-pages.ts). This instance's page only; other instances regenerate
// theirs within the hour, or at once when the game's data changes (every drainer revalidates then).
export const POST = withAdmin<{ params: Promise<{ id: string }> }>(async (_req, { params, admin }) => {
  const { id } = adminGameIdParamSchema.parse(await params);
  const game = getAdminGame(id);
  if (!game) throw new AppError("not_found", `No game has the id ${id}.`);
  revalidatePath(game.public_path);
  await recordAudit(admin, "game.revalidate", `game:${id}`, { path: game.public_path });
  return NextResponse.json({ revalidated: game.public_path });
});
