// Who may read /dev/outbox (every kept message, live sign-in links included), through the .eml route and
// canViewOutbox, which the two pages call too. In production: a signed-in admin, or a browser on this
// machine talking to the server directly (the zero-config trial); everyone else a 404. The socket's side is
// set here as lib/http-server/track-connections.ts records it for a served request (tests/http-server proves that part).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { GET as raw } from "@/app/dev/outbox/[id]/raw/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { canViewOutbox } from "@/lib/api/can-view-outbox";
import { SECURE_SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { setUserRole } from "@/lib/auth/set-user-role";
import { runInConnection } from "@/lib/http-server/track-connections";
import { logger } from "@/lib/log/logger";
import { sendMail } from "@/lib/mail";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { apiRequest } from "../auth/support/api-request";
import { sessionCookie } from "../auth/support/session";
import { createUser } from "../auth/support/users";
import { withEnv } from "../support/with-env";

const dataDir = mkdtempSync(path.join(tmpdir(), "questlog-outbox-access-"));
setUpAccountsDatabase({ DATA_DIR: dataDir, SMTP_URL: "" });

interface Caller {
  peer?: string;
  proxied?: boolean;
  host?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

const headersOf = ({ host = "localhost:3000", cookie, headers = {} }: Caller): Record<string, string> => ({
  host,
  ...(cookie ? { cookie } : {}),
  ...headers,
});

/** As the server runs a request: inside the connection its socket gave, or (no peer) outside any. */
const asServed = <T>({ peer, proxied = false }: Caller, fn: () => Promise<T>): Promise<T> =>
  peer === undefined ? fn() : runInConnection({ peerAddress: peer, forwardedFor: undefined, proxied }, fn);

const PRODUCTION = { NODE_ENV: "production", SITE_URL: "", SMTP_URL: "" };
const LOCAL = { peer: "127.0.0.1" };

let outboxId: string;
let adminCookie: string;
/** The same admin as an HTTPS site (SITE_URL https) sets it: only the __Secure- name is read there. */
let secureAdminCookie: string;
let playerCookie: string;

beforeAll(async () => {
  vi.spyOn(logger, "info").mockImplementation(() => {});
  const sent = await sendMail({
    to: "victim@example.test",
    subject: "Sign in to Questlog",
    text: "https://questlog.example.com/api/auth/callback/email?token=secret",
  });
  if (sent.via !== "outbox") throw new Error("expected the outbox");
  outboxId = sent.outboxId;
  const [admin, player] = [await createUser("outbox-admin"), await createUser("outbox-player")];
  await setUserRole(await getDb(), admin, "ADMIN", "cli");
  adminCookie = await sessionCookie(admin);
  secureAdminCookie = await sessionCookie(admin, { cookieName: SECURE_SESSION_COOKIE });
  playerCookie = await sessionCookie(player);
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function fetchRaw(caller: Caller, env: Record<string, string> = PRODUCTION): Promise<number> {
  return withEnv(env, () =>
    asServed(
      caller,
      async () =>
        (
          await raw(apiRequest(`/dev/outbox/${outboxId}/raw`, { headers: headersOf(caller) }), {
            params: Promise.resolve({ id: outboxId }),
          })
        ).status,
    ),
  );
}

describe("/dev/outbox in production without SMTP_URL", () => {
  it("serves a browser on this machine talking to the server directly (the zero-config trial)", async () => {
    expect(await fetchRaw(LOCAL)).toBe(200);
    expect(await fetchRaw({ peer: "::1", host: "[::1]:3000" })).toBe(200);
    expect(await fetchRaw({ peer: "::ffff:127.0.0.1", host: "127.0.0.1:3000" })).toBe(200);
    expect(await fetchRaw(LOCAL, { ...PRODUCTION, SITE_URL: "http://localhost:3000" })).toBe(200);
  });

  it.each<[string, Caller]>([
    ["a client on the network", { peer: "192.0.2.10" }],
    ["a request through a proxy on this machine", { ...LOCAL, proxied: true }],
    ["a loopback socket naming another host (DNS rebinding, a proxy keeping Host)", { ...LOCAL, host: "questlog.example.com" }],
    ["a forged X-Forwarded-For: 127.0.0.1 outside a recorded connection", { headers: { "x-forwarded-for": "127.0.0.1" } }],
    ["a signed-in player", { peer: "192.0.2.10", cookie: "" }],
  ])("is a 404 for %s", async (_name, caller) => {
    if (caller.cookie === "") caller.cookie = playerCookie;
    expect(await fetchRaw(caller)).toBe(404);
  });

  it("serves a signed-in admin from anywhere", async () => {
    expect(await fetchRaw({ peer: "192.0.2.10", proxied: true, host: "questlog.example.com", cookie: adminCookie })).toBe(200);
    expect(
      await fetchRaw({ peer: "192.0.2.10", cookie: secureAdminCookie }, { ...PRODUCTION, SITE_URL: "https://questlog.example.com" }),
    ).toBe(200);
  });

  it("keeps the local trial's exception off once SITE_URL names a public origin", async () => {
    expect(await fetchRaw(LOCAL, { ...PRODUCTION, SITE_URL: "https://questlog.example.com" })).toBe(404);
  });

  it("is a 404 for everyone with SMTP_URL set or MAIL_OUTBOX_PAGES=off", async () => {
    expect(await fetchRaw({ ...LOCAL, cookie: adminCookie }, { ...PRODUCTION, SMTP_URL: "smtp://127.0.0.1:2525" })).toBe(404);
    expect(await fetchRaw({ ...LOCAL, cookie: adminCookie }, { ...PRODUCTION, MAIL_OUTBOX_PAGES: "off" })).toBe(404);
  });
});

describe("canViewOutbox outside production", () => {
  it("lets anyone read it on a development server", async () => {
    await withEnv({ NODE_ENV: "development", SMTP_URL: "" }, async () => {
      expect(await canViewOutbox(new Headers(headersOf({ peer: "192.0.2.10", proxied: true, host: "questlog.example.com" })))).toBe(true);
    });
  });
});
