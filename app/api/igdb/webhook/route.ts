// POST /api/igdb/webhook?method=create|update|delete – IGDB's change notifications for games (X-Secret checked)
import { NextResponse, type NextRequest } from "next/server";

import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { handleIgdbWebhook, webhookBodySchema, webhookQuerySchema } from "@/lib/catalog-sync/handle-igdb-webhook";
import { getIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { removeStoredGames, storeIgdbGames } from "@/lib/catalog-sync/store-igdb-games";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { sameSecret } from "@/lib/security/same-secret";

export const POST = withErrors(async (req: NextRequest) => {
  const secret = getEnv().IGDB_WEBHOOK_SECRET;
  if (!secret) throw new AppError("not_found", "The IGDB webhook is off: set IGDB_WEBHOOK_SECRET to the secret registered with IGDB.");
  if (!sameSecret(req.headers.get("x-secret") ?? "", secret)) throw new AppError("unauthorized", "X-Secret is missing or wrong.");
  const query = webhookQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const body = webhookBodySchema.parse(await readJsonBody(req));
  const outcome = await handleIgdbWebhook((await getIgdbConnection()).client, query.method, body);
  const [ticket] =
    outcome.action === "stored" ? storeIgdbGames([outcome.game]) : outcome.action === "deleted" ? removeStoredGames([outcome.id]) : [];
  const id = outcome.action === "stored" ? outcome.game.id : outcome.id;
  // 202 when a write was queued: IGDB only needs to know we took it; the write's ticket tells its status.
  if (ticket && !ticket.accepted) throw new AppError("unavailable", "The catalog write queue is full; IGDB will retry.", undefined, 5);
  return NextResponse.json(
    { ok: true, action: outcome.action, id, ...(ticket ? { write: ticket.id } : {}) },
    { status: ticket ? 202 : 200 },
  );
});
