import { isIP } from "node:net";

/**
 * Who a request counts against: the left-most address of X-Forwarded-For, else X-Real-IP, else "anonymous"
 * (every client without either header shares one allowance).
 *
 * This trusts the proxy in front. The left-most X-Forwarded-For entry is the address the first proxy saw,
 * or whatever the client wrote there: proxies that append (nginx's $proxy_add_x_forwarded_for, most load
 * balancers) keep a client-supplied value in front, and a client reaching us directly can send anything.
 * We take it anyway because it never depends on how many proxies there are: the right-most address not added
 * by our own proxies cannot be forged, but needs the exact count of trusted hops per deployment, and a wrong
 * count either lumps every user behind one proxy address into one allowance (a self-inflicted outage) or is
 * forgeable again. The trade-off: a client rotating forged addresses can dodge its limit, so this stops
 * runaway scripts and casual scraping, not a determined attacker. To make it unforgeable, have the edge
 * proxy overwrite the header (nginx: `proxy_set_header X-Forwarded-For $remote_addr;`).
 *
 * Values that are not IP addresses are ignored, which also bounds what reaches a Redis key.
 */
export function getClientIdentity(headers: Headers): string {
  const leftMost = headers.get("x-forwarded-for")?.split(",", 1)[0];
  return toAddress(leftMost) ?? toAddress(headers.get("x-real-ip")) ?? "anonymous";
}

function toAddress(raw: string | null | undefined): string | undefined {
  let value = raw?.trim();
  if (!value) return undefined;
  // Some proxies append the client's port: "[2001:db8::1]:51234", "203.0.113.7:51234".
  value = /^\[([^\]]+)\](?::\d+)?$/.exec(value)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value)?.[1] ?? value;
  // An IPv4 client seen through an IPv6 socket is the same client.
  value = value.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1");
  return isIP(value) ? value.toLowerCase() : undefined;
}
