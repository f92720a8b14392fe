import { isIP } from "node:net";

import { getEnv } from "@/lib/env";
import { currentConnection } from "@/lib/http-server/track-connections";

/** Outside a served request (tests that call handlers directly, jobs) there is no socket to count against. */
export const UNKNOWN_CLIENT = "unknown";
/** X-Forwarded-For entries looked at, from the right: bounds the work one header can ask for. */
const MAX_HOPS_READ = 32;

/**
 * Who a request counts against: an IPv4 address, or the /64 of an IPv6 one ("2001:db8:1:2::/64": one
 * subscriber gets a whole /64, so per-address keys would give them 2⁶⁴ allowances).
 *
 * The address is the one TRUSTED_PROXY_HOPS says we can trust. With 0 (no proxy) it is the TCP peer, and
 * X-Forwarded-For is ignored: anyone can write it. With N proxies in front, each appending the address it
 * saw, it is the Nth X-Forwarded-For entry from the right: what our outermost proxy saw, which the client
 * cannot forge (what the client wrote stays to its left). An entry that is not an address (a proxy that
 * writes "unknown", a short header because the request bypassed a proxy) falls back to the next hop to its
 * right, down to the TCP peer: a request always counts against someone, never against no one.
 *
 * The peer and the header come from the connection itself (lib/http-server/track-connections.ts) when the request
 * arrived through this process's HTTP server; `headers` is only read outside one (tests calling handlers).
 *
 * @example
 * // TRUSTED_PROXY_HOPS=1, X-Forwarded-For: "bogus, 203.0.113.9" from a proxy at 10.0.0.2
 * getClientIdentity(req.headers); // → "203.0.113.9"
 */
export function getClientIdentity(headers?: Headers): string {
  const hops = getEnv().TRUSTED_PROXY_HOPS;
  const connection = currentConnection();
  const forwardedFor = connection ? connection.forwardedFor : (headers?.get("x-forwarded-for") ?? undefined);
  // Right to left: the peer first (index 0), then the entries our proxies appended.
  const hopsFromRight: Array<string | undefined> = [connection?.peerAddress];
  if (hops > 0 && forwardedFor) hopsFromRight.push(...forwardedFor.split(",").slice(-Math.min(hops, MAX_HOPS_READ)).reverse());
  for (let hop = Math.min(hops, hopsFromRight.length - 1); hop >= 0; hop--) {
    const address = toAddress(hopsFromRight[hop]);
    if (address) return rateLimitKeyOf(address);
  }
  return UNKNOWN_CLIENT;
}

function toAddress(raw: string | null | undefined): string | undefined {
  let value = raw?.trim();
  if (!value || value.length > 64) return undefined;
  // Some proxies append the client's port: "[2001:db8::1]:51234", "203.0.113.7:51234".
  value = /^\[([^\]]+)\](?::\d+)?$/.exec(value)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value)?.[1] ?? value;
  // An IPv4 client seen through an IPv6 socket is the same client.
  value = value.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1");
  return isIP(value) ? value.toLowerCase() : undefined;
}

/** IPv4 as is; IPv6 cut to its /64 (zone ids dropped), written canonically so every spelling keys alike. */
export function rateLimitKeyOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address.split("%", 1)[0]!);
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

function expandIpv6(address: string): number[] {
  let text = address;
  // A trailing dotted quad ("::ffff:1.2.3.4", "64:ff9b::1.2.3.4") is the last two groups.
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The client of the request this process is serving, for pages (which get no Request): undefined outside a
 * request, as when `next build` prerenders, so build-time work is never counted against anyone.
 */
export function getServedClientIdentity(): string | undefined {
  return currentConnection() ? getClientIdentity() : undefined;
}
