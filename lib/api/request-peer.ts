// Whether a request came straight from this machine. Route handlers and pages never see the socket, and Next
// fills X-Forwarded-For from it only when the client sent none (base-server.js: `??=`), so a client's own
// "X-Forwarded-For: 127.0.0.1" reads exactly like a local request in the headers. The connection recorded
// at the socket, before Next touched the request (lib/http-server/track-connections.ts), is the one source of truth.
import { currentConnection } from "@/lib/http-server/track-connections";

const isLoopbackAddress = (address: string) => /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/i.test(address) || address === "::1";

/** A Host header naming this machine: localhost, 127.x.x.x or [::1], any port. */
export function isLoopbackHost(host: string | null): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, "").toLowerCase();
  return name === "localhost" || name.endsWith(".localhost") || name === "[::1]" || isLoopbackAddress(name);
}

/**
 * Whether the request being served came straight from this machine: a loopback socket, no proxy header, and a
 * loopback Host. The Host check keeps out DNS rebinding (a page on evil.example resolved to 127.0.0.1 sends
 * "Host: evil.example"). Fails closed: outside a served request (no recorded connection) it is false.
 */
export function isDirectLoopbackRequest(headers: Headers): boolean {
  const connection = currentConnection();
  const peer = connection?.peerAddress;
  return peer !== undefined && isLoopbackAddress(peer) && !connection?.proxied && isLoopbackHost(headers.get("host"));
}
