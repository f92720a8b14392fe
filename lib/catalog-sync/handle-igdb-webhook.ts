// IGDB webhooks (https://api-docs.igdb.com/#webhooks): IGDB POSTs the changed record to the URL registered
// for one endpoint and one method, with our secret in X-Secret. Register one URL per method:
//   /api/igdb/webhook?method=create | update | delete   (endpoint games)
// create/update fetch the full game (the payload holds ids, not the expanded fields we store); delete
// removes it. The caller answers IGDB fast: one lookup through the shared limiter at most.
import { z } from "zod";

import type { IgdbClient, IgdbGame } from "@/lib/igdb";

import { fetchIgdbGameById } from "./fetch-igdb-games";

export const webhookQuerySchema = z.object({
  method: z.enum(["create", "update", "delete"], { error: "method must be create, update or delete" }),
  endpoint: z.literal("games", { error: "only games webhooks are handled" }).default("games"),
});

export const webhookBodySchema = z.looseObject({ id: z.number({ error: "the record must carry a numeric id" }).int().positive() });

export type WebhookOutcome =
  { action: "stored"; game: IgdbGame } | { action: "deleted"; id: number } | { action: "ignored"; id: number; reason: string };

export async function handleIgdbWebhook(
  client: IgdbClient,
  method: z.infer<typeof webhookQuerySchema>["method"],
  body: z.infer<typeof webhookBodySchema>,
): Promise<WebhookOutcome> {
  if (method === "delete") return { action: "deleted", id: body.id };
  const game = await fetchIgdbGameById(client, body.id);
  // IGDB may notify about a record that is gone again by the time we ask; nothing to store then.
  if (!game) return { action: "ignored", id: body.id, reason: "IGDB no longer has this game" };
  return { action: "stored", game };
}
