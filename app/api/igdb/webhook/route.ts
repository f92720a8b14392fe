// POST /api/igdb/webhook?method=create|update|delete – IGDB's change notifications for games (X-Secret checked)
import { timingSafeEqual } from "node:crypto";

import { NextResponse, type NextRequest } from "next/server";

import { AppError } from "@/lib/api/errors";
import { withErrors } from "@/lib/api/with-errors";
import { handleIgdbWebhook, webhookBodySchema, webhookQuerySchema } from "@/lib/catalog-sync/handle-igdb-webhook";
import { getIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { removeStoredGames, storeIgdbGames } from "@/lib/catalog-sync/store-igdb-games";
import { getEnv } from "@/lib/env";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const POST = withErrors(async (req: NextRequest) => {
  const secret = getEnv().IGDB_WEBHOOK_SECRET;
  if (!secret) throw new AppError("not_found", "The IGDB webhook is off: set IGDB_WEBHOOK_SECRET to the secret registered with IGDB.");
  if (!sameSecret(req.headers.get("x-secret") ?? "", secret)) throw new AppError("unauthorized", "X-Secret is missing or wrong.");
  const query = webhookQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  let json: unknown;
  try {
    json = await req.json();
  } catch {
    throw new AppError("invalid_json", "The body must be the JSON record IGDB sends.");
  }
  const body = webhookBodySchema.parse(json);
  const outcome = await handleIgdbWebhook((await getIgdbConnection()).client, query.method, body);
  if (outcome.action === "stored") storeIgdbGames([outcome.game]);
  if (outcome.action === "deleted") removeStoredGames([outcome.id]);
  const id = outcome.action === "stored" ? outcome.game.id : outcome.id;
  return NextResponse.json({ ok: true, action: outcome.action, id });
});
