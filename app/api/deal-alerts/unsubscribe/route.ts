// POST /api/deal-alerts/unsubscribe?token=… – turn deal alerts off for the token's player (RFC 8058 one-click:
//   mail clients POST "List-Unsubscribe=One-Click" to the List-Unsubscribe URL)
// POST /api/deal-alerts/unsubscribe {token} – the same from the /unsubscribe page
//
// CSRF: deliberately no assertSameOrigin. Mail clients (Gmail, Apple Mail, Yahoo) send the one-click POST from
// their own servers, urlencoded and cross-site, so the same-origin JSON rule would refuse exactly the request
// RFC 8058 asks us to honour. It is safe because this route reads no cookie and no session: it is authorised
// by the signed token alone (an HMAC only the server can make), so a forged cross-site request can do nothing
// its sender could not do with the token directly, and the only thing it can do is turn alerts off. Every
// other mutating route keeps the rule; this exemption is this file's, not a general one.
import { NextResponse, type NextRequest } from "next/server";

import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { unsubscribeBodySchema } from "@/lib/store/deal-alerts/deal-alert-schemas";
import { unsubscribeDealAlerts } from "@/lib/store/deal-alerts/unsubscribe-deal-alerts";

function isJson(contentType: string | null): boolean {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}

export const POST = withErrors(async (req: NextRequest) => {
  const fromQuery = req.nextUrl.searchParams.get("token");
  // The one-click body ("List-Unsubscribe=One-Click") says nothing we need; only a JSON body carries a token.
  const token = fromQuery ?? (isJson(req.headers.get("content-type")) ? unsubscribeBodySchema.parse(await readJsonBody(req)).token : null);
  return NextResponse.json(await unsubscribeDealAlerts(token), { headers: { "Cache-Control": "no-store" } });
});
