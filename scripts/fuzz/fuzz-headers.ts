// Request headers the API reads (content type, cookies, Authorization, client address, Origin, Accept), each
// from a mix of valid, nearly valid and garbage values.
import fc from "fast-check";

import { fuzzString } from "./fuzz-values";

/**
 * fetch() refuses header values with NUL, CR, LF or code points above 0xFF (it would throw before sending), and
 * trims surrounding spaces: map those away so the value still reaches the server, as close as the wire allows.
 */
export function toHeaderValue(value: string): string {
  return (
    value
      .replace(/[^\t\x20-\x7e\x80-\xff]/g, (c) => (c.charCodeAt(0) > 0xff ? "\xe9" : "?"))
      .trim()
      // Node refuses a request head over 16 KB with a 431 before the app sees it: keep most under that.
      .slice(0, 2_000)
  );
}

const headerGarbage = fuzzString.map(toHeaderValue);

export const contentTypeHeader: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "application/json;",
      " application/json ",
      "application/json, text/plain",
      "application/jsonx",
      "application/problem+json",
      "text/plain",
      "text/plain;charset=UTF-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=----x",
      "multipart/form-data",
      "application/octet-stream",
      "",
      "*/*",
      "application/json; charset=utf-16",
    ),
  },
  { weight: 1, arbitrary: headerGarbage },
  { weight: 2, arbitrary: fc.constant(undefined) },
);

/** Origin: ours (so CSRF checks pass and the handler runs), others', and malformed ones. */
export function originHeader(ownOrigin: string): fc.Arbitrary<string | undefined> {
  const own = new URL(ownOrigin);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(ownOrigin) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "null",
        "http://evil.example",
        `http://${own.host}.evil.example`,
        `https://${own.host}`,
        `${ownOrigin}/path`,
        ownOrigin.toUpperCase(),
        `http://localhost:${own.port}`,
        "http://127.0.0.1",
        "file://",
        "http://[::1]:1",
        "http://%zz",
        "://",
        `http://user@${own.host}`,
      ),
    },
    { weight: 1, arbitrary: headerGarbage },
    { weight: 3, arbitrary: fc.constant(undefined) },
  );
}

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join("."));
const ipv6 = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }).map((parts) => parts.map((p) => p.toString(16)).join(":"));

/**
 * X-Forwarded-For: mostly a fresh address per request, which spreads the requests over the per-client rate
 * limits of a server that trusts the header (so more of them reach the handlers), and garbage the parser must survive.
 */
export const forwardedForHeader: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: ipv4 },
  { weight: 2, arbitrary: ipv6 },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "unknown",
      "",
      "999.1.1.1",
      "1.2.3",
      "::ffff:10.0.0.1",
      "fe80::1%eth0",
      "[2001:db8::1]:443",
      "10.0.0.1, unknown",
      "10.0.0.1,,10.0.0.2",
      " , , ",
      "1.2.3.4:80",
      "localhost",
      "2001:db8::/64",
      Array.from({ length: 200 }, (_, i) => `10.0.${i >> 8}.${i & 255}`).join(", "),
    ),
  },
  { weight: 1, arbitrary: headerGarbage },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

export const acceptHeader: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constantFrom(
    "*/*",
    "application/json",
    "text/html",
    "text/event-stream",
    "text/x-component",
    "application/json;q=0",
    "image/avif,*/*;q=0.8",
  ),
  headerGarbage,
  fc.constant(undefined),
);

/** Session cookies that are not ours: malformed, forged, split into chunks, for the wrong cookie name. */
export const bogusCookieHeader: fc.Arbitrary<string> = fc.oneof(
  headerGarbage.map((v) => `authjs.session-token=${v}`),
  headerGarbage.map((v) => `__Secure-authjs.session-token=${v}`),
  headerGarbage.map((v) => `authjs.session-token.0=${v}; authjs.session-token.1=${v}`),
  fc.constantFrom(
    "authjs.session-token=",
    "authjs.session-token",
    "=;=;=",
    ";;;",
    "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..x.y.z",
    "authjs.session-token=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",
    "authjs.csrf-token=a%7Cb",
    `authjs.session-token=${"A".repeat(7_000)}`,
  ),
  headerGarbage,
);

/** Authorization values that are not the admin token (wrong scheme, almost right, empty, huge). */
export function bogusAuthorizationHeader(adminToken: string | undefined): fc.Arbitrary<string> {
  const near = adminToken
    ? [`Bearer ${adminToken}x`, `Bearer ${adminToken.slice(0, -1)}`, `bearer  ${adminToken}`, `Basic ${adminToken}`, adminToken]
    : [];
  return fc.oneof(
    headerGarbage.map((v) => `Bearer ${v}`),
    fc.constantFrom(
      "Bearer",
      "Bearer ",
      "Basic dXNlcjpwYXNz",
      "Negotiate x",
      "Bearer null",
      "Bearer undefined",
      `Bearer ${"x".repeat(7_000)}`,
      ...near,
    ),
    headerGarbage,
  );
}
