// Attack: reading other people's sign-in links at /dev/outbox. A production
// `next start` with SITE_URL, SMTP_URL and MAIL_OUTBOX_PAGES unset keeps mail in the dev outbox and listens
// on every interface; it used to serve the outbox to anyone. Now only a signed-in admin, or a browser on the
// machine itself talking to the server directly (the zero-config trial), gets it; anyone else a 404.
//
// The instance listens on 127.0.0.1 only (the test cannot reach it from another host), so "from elsewhere"
// is what a request through a proxy or a forged header looks like: a proxy header, or a Host that is not
// this machine. What decides is the socket (stamped below Next), not X-Forwarded-For, which a client writes.
import { expect, test } from "@playwright/test";

import { startInstances, type Instances } from "../../tests/support/multi-instance";
import { E2E_PASSWORD, makeAdmin, signUp } from "../support/accounts";
import { rawHttp, requestSignInLink, signInWithPassword } from "./support/raw-http";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
const PORT = 3520;
const VICTIM = `outbox-victim-${Date.now()}@example.test`;

// Headers that make a request "not the local trial": through a proxy, or naming a public host.
const FROM_ELSEWHERE: Array<[string, Record<string, string>]> = [
  ["a public Host behind a proxy", { host: "questlog.example.com", "x-forwarded-for": "203.0.113.7" }],
  ["a forged X-Forwarded-For: 127.0.0.1", { "x-forwarded-for": "127.0.0.1" }],
  ["X-Forwarded-Host", { "x-forwarded-host": "questlog.example.com" }],
  ["Forwarded", { forwarded: "for=203.0.113.7;proto=https" }],
  ["X-Real-IP", { "x-real-ip": "203.0.113.7" }],
  ["a public Host alone (DNS rebinding)", { host: "questlog.example.com" }],
];

let instance: Instances;
let base: string;
let messageId: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  instance = await startInstances(1, PORT, { SITE_URL: "", SMTP_URL: "" }, `${DATA_DIR}/igdb-standin.sqlite`);
  base = instance.urls[0]!;
  const asked = await requestSignInLink(base, VICTIM);
  expect(asked.status).toBe(302);
  // The email job runs in the background: wait for the message to reach the outbox.
  await expect.poll(async () => (await rawHttp(`${base}/dev/outbox`)).body.includes(VICTIM), { timeout: 30_000 }).toBe(true);
  const listing = (await rawHttp(`${base}/dev/outbox`)).body;
  messageId = /href="\/dev\/outbox\/(\d{13}-[0-9a-f]{8})"/.exec(listing)![1]!;
});

test.afterAll(async () => {
  await instance?.stop();
});

for (const [name, headers] of FROM_ELSEWHERE) {
  test(`is a 404 for ${name}`, async () => {
    for (const path of ["/dev/outbox", `/dev/outbox/${messageId}`, `/dev/outbox/${messageId}/raw`]) {
      const res = await rawHttp(`${base}${path}`, { headers });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain(VICTIM);
      expect(res.body).not.toContain("/api/auth/callback/email");
    }
  });
}

test("serves the local trial: a browser on this machine, straight to the server", async () => {
  const listing = await rawHttp(`${base}/dev/outbox`);
  expect(listing.status).toBe(200);
  expect(listing.body).toContain(VICTIM);
  const raw = await rawHttp(`${base}/dev/outbox/${messageId}/raw`, { headers: { host: `localhost:${PORT}` } });
  expect(raw.status).toBe(200);
  expect(raw.body).toContain("/api/auth/callback/email");
});

test("serves a signed-in admin, even through a proxy", async ({ request }) => {
  const email = await signUp(request, "outbox-admin");
  await makeAdmin(email);
  const cookie = await signInWithPassword(base, email, E2E_PASSWORD);
  const res = await rawHttp(`${base}/dev/outbox`, { headers: { ...FROM_ELSEWHERE[0]![1], cookie } });
  expect(res.status).toBe(200);
  expect(res.body).toContain(VICTIM);
});
