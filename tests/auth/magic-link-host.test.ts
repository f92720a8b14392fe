// With SITE_URL unset, Auth.js built the emailed sign-in link from the request's Host /
// X-Forwarded-Host, so a forged header put the victim's token on the attacker's site. In production the link
// (and Auth.js's own URLs) now come from configuration only: SITE_URL, an operator's AUTH_URL, or this
// server's own origin. Through the real Auth.js handlers; the link is read from the queued email job.
import { afterAll, afterEach, describe, expect, it } from "vitest";

import { pinAuthJsUrl } from "@/lib/env";
import { closeJobSystem } from "@/lib/jobs/get-job-system";
import { withEnv } from "@/tests/support/with-env";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { postAuthForm } from "./support/auth-js";
import { queuedMailsTo } from "./support/queued-mail";

setUpAccountsDatabase({ PORT: "3000" });
afterEach(() => pinAuthJsUrl(undefined));
afterAll(() => closeJobSystem());

const FORGED = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

async function requestLinkAs(email: string, headers: Record<string, string>): Promise<Response> {
  return (await postAuthForm("signin/email", { email }, { origin: "http://evil.example", headers })).response;
}

async function linkSentTo(to: string): Promise<URL> {
  const [mail] = await queuedMailsTo(to);
  if (!mail) throw new Error(`no mail queued for ${to}`);
  const text = mail.text;
  expect(text).not.toContain("evil.example");
  return new URL(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(text)![0]);
}

describe("the emailed sign-in link in production", () => {
  it("goes to this server's own origin when SITE_URL is unset, whatever Host and X-Forwarded-Host say", async () => {
    await withEnv({ NODE_ENV: "production", SITE_URL: "", AUTH_TRUST_HOST: "off" }, async () => {
      const res = await requestLinkAs("forged-host@example.test", FORGED);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).not.toContain("evil.example");
    });
    const link = await linkSentTo("forged-host@example.test");
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.pathname).toBe("/api/auth/callback/email");
  });

  it("goes to SITE_URL when set", async () => {
    await withEnv({ NODE_ENV: "production", SITE_URL: "https://questlog.example.org" }, async () => {
      expect((await requestLinkAs("forged-site@example.test", FORGED)).status).toBe(302);
    });
    expect((await linkSentTo("forged-site@example.test")).origin).toBe("https://questlog.example.org");
  });

  it("ignores the request's host even with AUTH_TRUST_HOST=on (which only lets Auth.js's own redirects follow it)", async () => {
    await withEnv({ NODE_ENV: "production", SITE_URL: "", AUTH_TRUST_HOST: "on" }, async () => {
      expect((await requestLinkAs("trusted-host@example.test", FORGED)).status).toBe(302);
    });
    expect((await linkSentTo("trusted-host@example.test")).origin).toBe("http://localhost:3000");
  });

  it("takes an operator's AUTH_URL, and leaves it set", async () => {
    await withEnv({ NODE_ENV: "production", SITE_URL: "", AUTH_URL: "https://auth.example.org" }, async () => {
      const res = await requestLinkAs("operator-url@example.test", FORGED);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toMatch(/^https:\/\/auth\.example\.org\//);
      pinAuthJsUrl(undefined);
      // eslint-disable-next-line no-restricted-properties -- what Auth.js itself reads
      expect(process.env.AUTH_URL).toBe("https://auth.example.org");
    });
    expect((await linkSentTo("operator-url@example.test")).origin).toBe("https://auth.example.org");
  });
});
