import "server-only";

import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";

import { PEER_HEADER, PROXIED_HEADER, PROXY_HEADERS } from "@/lib/api/request-peer";

// Published by Node's HTTP server for every request, synchronously, before the "request" event that hands
// it to Next: the one place in a `next start` process that sees the socket and the headers as the client
// sent them (Next then adds X-Forwarded-* of its own).
const START = "http.server.request.start";

const globalForStamp = globalThis as unknown as { questlogPeerStamp?: () => void };

function stamp(message: unknown): void {
  const request = (message as { request: IncomingMessage }).request;
  const headers = request.headers;
  // Replace whatever the client sent under our names: only this hook may write them.
  headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  if (PROXY_HEADERS.some((name) => headers[name] !== undefined)) headers[PROXIED_HEADER] = "1";
  else delete headers[PROXIED_HEADER];
}

/**
 * Writes the socket's address and "came through a proxy" on every request this process serves (see
 * lib/api/request-peer.ts for the reader). Once per process; returns a stop function (tests).
 */
export function startPeerStamping(): () => void {
  if (globalForStamp.questlogPeerStamp) return globalForStamp.questlogPeerStamp;
  diagnostics.subscribe(START, stamp);
  const stop = () => {
    diagnostics.unsubscribe(START, stamp);
    globalForStamp.questlogPeerStamp = undefined;
  };
  globalForStamp.questlogPeerStamp = stop;
  return stop;
}
