// POST /oauth2/token (Twitch client-credentials grant) and GET /oauth2/validate.
// Parameters come in the query string, as IGDB's docs show, or as a form body.
import type { IncomingMessage, ServerResponse } from "node:http";

import { answerFault } from "./answer-fault";
import { TOKEN_FAULT_ENDPOINT } from "./faults";
import { header, readBody, sendJson } from "./http-utils";
import type { StandinContext } from "./standin-context";

export async function handleToken(req: IncomingMessage, res: ServerResponse, url: URL, ctx: StandinContext): Promise<void> {
  if (req.method !== "POST") {
    sendJson(res, 404, { status: 404, error: "Not Found", message: "use POST" });
    return;
  }
  const body = await readBody(req);
  const params = new URLSearchParams(url.searchParams);
  const form = new URLSearchParams(body);
  for (const [key, value] of form) if (!params.has(key)) params.set(key, value);

  const fault = ctx.faults.take(TOKEN_FAULT_ENDPOINT);
  if (fault) {
    answerFault(req, res, fault, () => "{}");
    return;
  }
  if (params.get("client_id") !== ctx.clientId) {
    sendJson(res, 400, { status: 400, message: "invalid client" });
  } else if (params.get("client_secret") !== ctx.clientSecret) {
    sendJson(res, 403, { status: 403, message: "invalid client secret" });
  } else if (params.get("grant_type") !== "client_credentials") {
    sendJson(res, 400, { status: 400, message: "unsupported grant type" });
  } else {
    const { token, expiresIn } = ctx.tokens.mint(ctx.clientId, ctx.config.tokenTtlSeconds);
    sendJson(res, 200, { access_token: token, expires_in: expiresIn, token_type: "bearer" });
  }
}

/** Twitch's validate call: `Authorization: OAuth <token>` → who the token belongs to and how long it lives. */
export function handleValidate(req: IncomingMessage, res: ServerResponse, ctx: StandinContext): void {
  const token = /^(?:OAuth|Bearer)\s+(\S+)$/i.exec(header(req, "authorization") ?? "")?.[1];
  const clientId = token ? ctx.tokens.clientOf(token) : undefined;
  const left = clientId ? ctx.tokens.secondsLeft(clientId, token) : undefined;
  if (left === undefined) {
    sendJson(res, 401, { status: 401, message: "invalid access token" });
    return;
  }
  sendJson(res, 200, { client_id: clientId, scopes: [], expires_in: left });
}
