// One generated request: a route and one of its methods, its dynamic segments filled (plausible or hostile), a
// query string, headers, a body, and who sends it (nobody, a player, an admin by cookie or by token, a forger).
import fc from "fast-check";

import { HTTP_METHODS, type ApiRoute } from "./discover-api-routes";
import { encodeUrlPart } from "./encode-url-part";
import {
  acceptHeader,
  bogusAuthorizationHeader,
  bogusCookieHeader,
  contentTypeHeader,
  forwardedForHeader,
  originHeader,
  toHeaderValue,
} from "./fuzz-headers";
import { deepJson, fuzzJsonValue, fuzzNumberText, fuzzString, nearlyValidObject } from "./fuzz-values";
import { routeBody } from "./route-bodies";

/** Sessions and known-good values the fuzzer gathered before the run (scripts/fuzz/create-fuzz-sessions.ts). */
export interface FuzzContext {
  /** The server's origin, e.g. "http://127.0.0.1:3000": same-origin requests pass the CSRF check. */
  origin: string;
  routes: ApiRoute[];
  auth: {
    playerCookie?: string;
    adminCookie?: string;
    adminToken?: string;
    /** Auth.js's double-submit pair, so some of its POSTs get past the CSRF check. */
    csrf?: { cookie: string; token: string };
  };
  plausible: { gameIds: number[]; queues: string[]; userIds: string[]; jobIds: string[]; emails: string[]; password: string };
}

export type AuthKind = "none" | "player" | "admin-cookie" | "admin-token" | "bogus";

export interface FuzzRequest {
  route: string;
  method: string;
  /** Path and query, already encoded. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  auth: AuthKind;
}

const QUERY_KEYS = [
  "q",
  "limit",
  "offset",
  "page",
  "pageSize",
  "platform",
  "year",
  "sort",
  "status",
  "hours",
  "key",
  "recount",
  "state",
  "name",
  "search",
  "since",
  "target",
  "action",
  "actor",
  "from",
  "to",
  "cursor",
  "filter",
  "role",
  "method",
  "bytes",
  "callbackUrl",
  "error",
  "code",
  "token",
  "email",
  "id",
  "maxAgeMs",
  "__proto__",
  "constructor",
];

const AUTH_PATHS = [
  "session",
  "csrf",
  "providers",
  "signin",
  "signin/credentials",
  "signin/email",
  "signin/github",
  "signin/twitch",
  "callback/credentials",
  "callback/email",
  "callback/github",
  "signout",
  "verify-request",
  "error",
  "webhooks",
  "_log",
  "session/extra",
];

function pick<T>(values: T[], fallback: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return values.length > 0 ? fc.constantFrom(...values) : fallback;
}

// URL parts stay short enough that most requests fit Node's 16 KB head limit (over it, a 431 and no app code);
// one oversized query value in a while checks that limit still holds.
const urlString = fuzzString.map((s) => s.slice(0, 300));

const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: urlString.map(encodeUrlPart) },
  { weight: 2, arbitrary: fuzzNumberText.map(encodeUrlPart) },
  // Raw text the URL parser sees before any decoding: broken escapes, dot segments, encoded slashes.
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "%",
      "%zz",
      "%E0%A4%A",
      "%C0%AF",
      "%ED%A0%80",
      "%00",
      "..%2F..",
      "%2e%2e",
      "a%2Fb",
      "%5C",
      "%20",
      "+",
      "%25",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 6_000 }).map((n) => "9".repeat(n)) },
);

function segmentValue(route: ApiRoute, name: string, catchAll: boolean, ctx: FuzzContext): fc.Arbitrary<string> {
  const { plausible } = ctx;
  let good: fc.Arbitrary<string>;
  if (catchAll) good = fc.constantFrom(...AUTH_PATHS);
  else if (name === "queue") good = pick(plausible.queues, fc.constant("email"));
  else if (name === "gameId" || route.pattern.includes("/games/")) good = pick(plausible.gameIds, fc.constant(1)).map(String);
  else if (route.pattern.includes("/users/")) good = pick(plausible.userIds, fc.constant("x"));
  else if (route.pattern.includes("jobs") || route.pattern.includes("dead-letters")) good = pick(plausible.jobIds, fc.constant("1"));
  else good = fc.oneof(fc.nat(50).map(String), fc.constantFrom("w1-1a", "0-1", "1"));
  const bad = catchAll ? fc.array(hostileSegment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("/")) : hostileSegment;
  return fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: bad });
}

const queryValue = fc.oneof(
  urlString,
  fuzzNumberText,
  fc.constantFrom("1", "0", "24", "all", "failed,waiting", "1h", "zelda", "ma", "PLAYING"),
);
const queryString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  {
    weight: 6,
    arbitrary: fc
      .array(
        fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: urlString }), queryValue),
        { maxLength: 6 },
      )
      .map((pairs) => pairs.map(([k, v]) => `${encodeUrlPart(k)}=${encodeUrlPart(v)}`).join("&")),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("%", "a=%zz", "&&==&", "q", "q=%ED%A0%80", "q=%00", "q[]=1&q[]=2", "q=a&q=b", "limit=1e999", "="),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => `q=${"a".repeat(n)}`) },
);

function jsonBody(ctx: FuzzContext): fc.Arbitrary<string | Uint8Array | undefined> {
  const { plausible } = ctx;
  const credentials = fc.record({
    email: fc.oneof(
      pick(plausible.emails, fc.constant("a@example.com")),
      fuzzString,
      fc.nat().map((n) => `fuzz-${n}@example.com`),
    ),
    password: fc.oneof(fc.constant(plausible.password), fuzzString),
    csrfToken: fc.oneof(fc.constant(ctx.auth.csrf?.token ?? ""), fuzzString),
    callbackUrl: fc.oneof(fc.constantFrom("/", "//evil.example", "/%09/evil.example", "http://evil.example"), fuzzString),
  });
  return fc.oneof(
    { weight: 8, arbitrary: fuzzJsonValue(plausible).map((v) => JSON.stringify(v) ?? "null") },
    { weight: 8, arbitrary: nearlyValidObject(plausible).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: credentials.map((v) => JSON.stringify(v)) },
    // Auth.js reads forms; our JSON routes must refuse them cleanly.
    { weight: 3, arbitrary: credentials.map((v) => new URLSearchParams(v).toString()) },
    { weight: 1, arbitrary: deepJson },
    { weight: 2, arbitrary: fuzzString },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    // Big bodies are rare: they are slow to send, and one case is enough for a size check to show.
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 65_000, max: 2_000_000 })
        .map((n) => JSON.stringify({ email: "a@example.com", password: "a".repeat(n), notes: "x" })),
    },
  );
}

function authHeaders(kind: AuthKind, ctx: FuzzContext): fc.Arbitrary<Record<string, string>> {
  const { auth } = ctx;
  if (kind === "player" && auth.playerCookie) return fc.constant({ cookie: auth.playerCookie });
  if (kind === "admin-cookie" && auth.adminCookie) return fc.constant({ cookie: auth.adminCookie });
  if (kind === "admin-token" && auth.adminToken) return fc.constant({ authorization: `Bearer ${auth.adminToken}` });
  if (kind === "bogus") {
    return fc.oneof(
      bogusCookieHeader.map((cookie) => ({ cookie })),
      bogusAuthorizationHeader(auth.adminToken).map((authorization) => ({ authorization })),
    );
  }
  return fc.constant({});
}

/**
 * Routes that end the fuzzer's own player session when they succeed (its handler takes no input to fuzz): sent
 * with a bogus cookie instead of the player's, or the first well-formed hit would leave every later player case a
 * 401 and the signed-in handlers unfuzzed.
 */
const ENDS_THE_SESSION = new Set(["POST /api/users/me/sign-out-everywhere"]);

/** The arbitrary every fuzz case is drawn from. */
export function fuzzRequest(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const authKinds: AuthKind[] = ["none", "bogus"];
  if (ctx.auth.playerCookie) authKinds.push("player", "player");
  if (ctx.auth.adminCookie) authKinds.push("admin-cookie", "admin-cookie");
  if (ctx.auth.adminToken) authKinds.push("admin-token", "admin-token");
  return fc.constantFrom(...ctx.routes).chain((route) =>
    fc
      .record({
        method: fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(...route.methods) },
          { weight: 1, arbitrary: fc.constantFrom(...HTTP_METHODS) },
        ),
        segments: fc.tuple(...route.params.map((p) => segmentValue(route, p.name, p.catchAll, ctx))),
        query: queryString,
        auth: fc.constantFrom(...authKinds),
        // Half the mutations are well-formed: JSON from our own origin with a body the route's schema takes,
        // sent by the kind of user the route serves, so CSRF checks and validation pass and the handler runs.
        wellFormed: fc.boolean(),
        adminBy: fc.constantFrom<AuthKind>("admin-cookie", "admin-token"),
        contentType: contentTypeHeader,
        origin: originHeader(ctx.origin),
        forwardedFor: forwardedForHeader,
        accept: acceptHeader,
        body: jsonBody(ctx),
        routeBodies: fc.tuple(
          ...route.methods.map(
            (m) => routeBody(`${m} ${route.pattern}`, ctx.plausible)?.map((v) => JSON.stringify(v)) ?? fc.constant(undefined),
          ),
        ),
        extra: fc.option(
          fc.tuple(
            fc.constantFrom("x-forwarded-host", "x-forwarded-proto", "x-real-ip", "x-secret", "range", "if-none-match"),
            fuzzString.map(toHeaderValue),
          ),
        ),
      })
      .map((parts) => {
        if (!parts.wellFormed || parts.method === "GET" || parts.method === "HEAD") return parts;
        const auth = route.pattern.startsWith("/api/admin/")
          ? parts.adminBy
          : route.pattern.startsWith("/api/users/me/")
            ? "player"
            : parts.auth;
        const body =
          (parts.routeBodies as Array<string | undefined>)[route.methods.indexOf(parts.method as (typeof route.methods)[number])] ??
          parts.body;
        return { ...parts, auth, body, contentType: "application/json", origin: ctx.origin };
      })
      .map((parts) =>
        parts.auth === "player" && ENDS_THE_SESSION.has(`${parts.method} ${route.pattern}`)
          ? { ...parts, auth: "bogus" as AuthKind }
          : parts,
      )
      .chain((parts) =>
        authHeaders(parts.auth, ctx).map((auth): FuzzRequest => {
          let i = 0;
          const path = route.pattern.replace(/\[+(?:\.\.\.)?[^\]]+\]+/g, () => (parts.segments as string[])[i++] ?? "");
          const headers: Record<string, string> = { ...auth };
          if (parts.contentType !== undefined) headers["content-type"] = parts.contentType;
          if (parts.origin !== undefined) headers.origin = parts.origin;
          if (parts.forwardedFor !== undefined) headers["x-forwarded-for"] = parts.forwardedFor;
          if (parts.accept !== undefined) headers.accept = parts.accept;
          if (parts.extra) headers[parts.extra[0]] = parts.extra[1];
          // Auth.js checks its own double-submit cookie; send it along on its routes so some POSTs get past it.
          if (route.pattern.startsWith("/api/auth/") && ctx.auth.csrf)
            headers.cookie = [headers.cookie, ctx.auth.csrf.cookie].filter(Boolean).join("; ");
          const hasBody = parts.method !== "GET" && parts.method !== "HEAD";
          return {
            route: route.pattern,
            method: parts.method,
            path: parts.query ? `${path}?${parts.query}` : path,
            headers,
            body: hasBody ? parts.body : undefined,
            auth: parts.auth,
          };
        }),
      ),
  );
}
