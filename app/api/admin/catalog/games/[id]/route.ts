// GET /api/admin/catalog/games/{id} – IGDB's values, the admin's overrides and the flags of one game
// PATCH /api/admin/catalog/games/{id} – {name?, summary?, coverImageId?, featured?, hidden?} (null resets to IGDB's) → the updated game
import { NextResponse } from "next/server";

import { adminGameIdParamSchema, updateAdminGameBodySchema, type UpdateAdminGameBody } from "@/lib/admin/catalog/admin-catalog-schemas";
import { curateGameNow } from "@/lib/admin/catalog/curate-game-now";
import { getAdminGame } from "@/lib/admin/catalog/get-admin-game";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";

type Context = { params: Promise<{ id: string }> };

function getOrThrow(id: number) {
  const game = getAdminGame(id);
  if (!game) throw new AppError("not_found", `No game has the id ${id}.`);
  return game;
}

/** One audit entry per kind of change, so the log can be filtered by action (game.hide, game.feature, …). */
function auditActions(body: UpdateAdminGameBody): Array<{ action: string; details: Record<string, unknown> }> {
  const actions: Array<{ action: string; details: Record<string, unknown> }> = [];
  const edits = Object.fromEntries(Object.entries(body).filter(([key]) => key === "name" || key === "summary" || key === "coverImageId"));
  if (Object.keys(edits).length > 0) actions.push({ action: "game.edit", details: { changes: edits } });
  if (body.featured !== undefined) actions.push({ action: body.featured ? "game.feature" : "game.unfeature", details: {} });
  if (body.hidden !== undefined) actions.push({ action: body.hidden ? "game.hide" : "game.unhide", details: {} });
  return actions;
}

export const GET = withAdmin<Context>(async (_req, { params }) => {
  const { id } = adminGameIdParamSchema.parse(await params);
  return NextResponse.json(getOrThrow(id));
});

export const PATCH = withAdmin<Context>(async (req, { params, admin }) => {
  const { id } = adminGameIdParamSchema.parse(await params);
  const body = updateAdminGameBodySchema.parse(await readJsonBody(req));
  const before = getOrThrow(id);
  const game = await curateGameNow(id, body, admin);
  for (const { action, details } of auditActions(body))
    await recordAudit(admin, action, `game:${id}`, { name: before.display.name, ...details });
  return NextResponse.json(game);
});
