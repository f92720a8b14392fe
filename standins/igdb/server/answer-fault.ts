// How each injected fault looks on the wire.
import type { IncomingMessage, ServerResponse } from "node:http";

import type { StandinFaultKind } from "../types";
import { sendJson, sendText } from "./http-utils";

const STATUS_BODIES: Record<"500" | "502" | "503", unknown> = {
  // IGDB's own errors are arrays; 502/503 come from the gateway in front of it, which answers {message}.
  "500": [{ title: "Internal Server Error", status: 500, cause: "injected fault" }],
  "502": { message: "Bad Gateway" },
  "503": { message: "Service Unavailable" },
};

/**
 * Answers (or deliberately does not answer) with the fault. `normalBody` renders what the request would
 * have returned, for the truncated `malformed` answer.
 */
export function answerFault(req: IncomingMessage, res: ServerResponse, kind: StandinFaultKind, normalBody: () => string): void {
  switch (kind) {
    case "reset":
      req.socket.destroy();
      return;
    case "timeout":
      // Never answered: the socket stays open until the client gives up or the stand-in closes.
      return;
    case "malformed": {
      const text = normalBody();
      sendText(res, 200, text.slice(0, Math.max(1, Math.floor(text.length / 2))));
      return;
    }
    default:
      sendJson(res, Number(kind), STATUS_BODIES[kind]);
  }
}
