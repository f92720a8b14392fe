// What Node's HTTP server knew about a request before Next saw it: the socket's address and whether the
// request came with proxy headers. Route handlers and pages never see the socket, and Next fills
// X-Forwarded-For from it only when the client sent none (base-server.js: `??=`), so a client's own
// "X-Forwarded-For: 127.0.0.1" reads exactly like a local request there. lib/server/stamp-request-peer.ts
// writes these two headers on every request at the socket (a client's own copies are replaced).

/** The socket's remote address, as Node reports it ("127.0.0.1", "::1", "::ffff:127.0.0.1"). */
export const PEER_HEADER = "x-questlog-peer";
/** Present ("1") when the request arrived with any of PROXY_HEADERS, i.e. through a proxy. */
export const PROXIED_HEADER = "x-questlog-proxied";
/** Headers a reverse proxy adds; a request carrying any of them did not come straight from a local client. */
export const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded", "x-real-ip"] as const;

const isLoopbackAddress = (address: string) => /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/i.test(address) || address === "::1";

/** A Host header naming this machine: localhost, 127.x.x.x or [::1], any port. */
export function isLoopbackHost(host: string | null): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, "").toLowerCase();
  return name === "localhost" || name.endsWith(".localhost") || name === "[::1]" || isLoopbackAddress(name);
}

/**
 * Whether a request came straight from this machine: a loopback socket, no proxy header, and a loopback Host.
 * The Host check keeps out DNS rebinding (a page on evil.example resolved to 127.0.0.1 sends
 * "Host: evil.example"). Fails closed: without the stamp (a request that did not pass the hook) it is false.
 */
export function isDirectLoopbackRequest(headers: Headers): boolean {
  const peer = headers.get(PEER_HEADER);
  return peer !== null && isLoopbackAddress(peer) && !headers.has(PROXIED_HEADER) && isLoopbackHost(headers.get("host"));
}
