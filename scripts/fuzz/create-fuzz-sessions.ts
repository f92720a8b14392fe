// Before fuzzing: a player and (with the admin token) an admin, signed up and signed in through the real flows
// (POST /api/users, then Auth.js's credentials callback with its CSRF pair), so authenticated code paths get
// fuzzed and not just the 401s; and known-good values (game ids, queue names, user and job ids) to fill paths.
import { randomBytes } from "node:crypto";

import type { FuzzContext } from "./fuzz-request";

/** Strong enough for the sign-up strength check (four words and a number), the same as the e2e suite's. */
export const FUZZ_PASSWORD = "copper kettle lantern 42";

type Auth = FuzzContext["auth"];
type Plausible = FuzzContext["plausible"];

/** A fresh client address per set-up request, so a server that trusts X-Forwarded-For spreads them over its limits. */
const clientAddress = () => `10.${randomBytes(3).join(".")}`;

function cookiesOf(res: Response): string[] {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";", 1)[0]!)
    .filter((c) => !c.endsWith("="));
}

async function call(baseUrl: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("x-forwarded-for", clientAddress());
  return fetch(baseUrl + path, { ...init, headers, redirect: "manual" });
}

async function csrfPair(baseUrl: string): Promise<{ cookie: string; token: string }> {
  const res = await call(baseUrl, "/api/auth/csrf");
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = cookiesOf(res).find((c) => c.includes("csrf-token"));
  if (!cookie) throw new Error("GET /api/auth/csrf set no CSRF cookie");
  return { cookie, token: csrfToken };
}

async function signUp(baseUrl: string, role: string): Promise<string> {
  const email = `fuzz-${role}-${Date.now()}-${randomBytes(3).toString("hex")}@example.com`;
  const res = await call(baseUrl, "/api/users", {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(baseUrl).origin },
    body: JSON.stringify({ email, password: FUZZ_PASSWORD }),
  });
  if (res.status !== 202) throw new Error(`sign-up answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return email;
}

async function signIn(baseUrl: string, email: string, csrf: { cookie: string; token: string }): Promise<string> {
  const res = await call(baseUrl, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie },
    body: new URLSearchParams({ email, password: FUZZ_PASSWORD, csrfToken: csrf.token, callbackUrl: "/" }),
  });
  const session = cookiesOf(res).filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`sign-in answered ${res.status} without a session cookie (${res.headers.get("location")})`);
  return session.join("; ");
}

async function json<T>(res: Response): Promise<T | undefined> {
  return res.ok ? ((await res.json()) as T) : undefined;
}

/**
 * Signs up and in a player, and with `adminToken` an admin (promoted through PATCH /api/admin/users/{id}, as the
 * console does), and collects values for dynamic segments.
 *
 * @example
 * const { auth, plausible } = await createFuzzSessions("http://127.0.0.1:3000", process.env.ADMIN_API_TOKEN);
 */
export async function createFuzzSessions(baseUrl: string, adminToken?: string): Promise<{ auth: Auth; plausible: Plausible }> {
  const csrf = await csrfPair(baseUrl);
  const playerEmail = await signUp(baseUrl, "player");
  const auth: Auth = { csrf, playerCookie: await signIn(baseUrl, playerEmail, csrf), adminToken };
  const plausible: Plausible = { gameIds: [], queues: [], userIds: [], jobIds: [], emails: [playerEmail], password: FUZZ_PASSWORD };

  for (const q of ["zelda", "mario", "tetris", "sonic"]) {
    const page = await json<{ results?: Array<{ id: number }> }>(await call(baseUrl, `/api/games/search?q=${q}&limit=5`));
    plausible.gameIds.push(...(page?.results ?? []).map((g) => g.id));
  }

  if (adminToken) {
    const bearer = { authorization: `Bearer ${adminToken}` };
    const adminEmail = await signUp(baseUrl, "admin");
    plausible.emails.push(adminEmail);
    for (const email of [playerEmail, adminEmail]) {
      const list = await json<{ users: Array<{ id: string }> }>(
        await call(baseUrl, `/api/admin/users?q=${encodeURIComponent(email)}`, { headers: bearer }),
      );
      if (list?.users[0]) plausible.userIds.push(list.users[0].id);
    }
    const adminId = plausible.userIds[1];
    if (!adminId) throw new Error("the admin token did not list the new users: is it the server's ADMIN_API_TOKEN?");
    const promoted = await call(baseUrl, `/api/admin/users/${adminId}`, {
      method: "PATCH",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({ role: "ADMIN" }),
    });
    if (!promoted.ok) throw new Error(`promoting the fuzz admin answered ${promoted.status}`);
    auth.adminCookie = await signIn(baseUrl, adminEmail, csrf);

    // One job that certainly exists, for the job routes' plausible ids.
    const refresh = await json<{ jobId: string }>(
      await call(baseUrl, `/api/admin/catalog/games/${plausible.gameIds[0] ?? 1}/refresh`, { method: "POST", headers: bearer }),
    );
    if (refresh) plausible.jobIds.push(refresh.jobId);
    const overview = await json<{ queues: Array<{ queue: string }> }>(await call(baseUrl, "/api/admin/queues", { headers: bearer }));
    plausible.queues = (overview?.queues ?? []).map((q) => q.queue);
    for (const queue of plausible.queues) {
      const page = await json<{ jobs: Array<{ id: string }> }>(
        await call(baseUrl, `/api/admin/queues/${encodeURIComponent(queue)}/jobs?limit=3`, { headers: bearer }),
      );
      plausible.jobIds.push(...(page?.jobs ?? []).map((j) => j.id));
    }
  }
  return { auth, plausible };
}
