// GitHub's and Twitch's provider options: only a provider-verified address vouches for an account.
// GitHub's userinfo is asked through a stubbed fetch with GitHub's documented shapes (/user, /user/emails).
import { afterEach, describe, expect, it, vi } from "vitest";

import { signInCallback } from "@/lib/auth/auth-callbacks";
import { gitHubOptions, twitchOptions } from "@/lib/auth/oauth-provider-options";

const PROFILE = { id: 42, login: "ada", name: "Ada", email: "public@example.test", avatar_url: "https://avatars.example/ada" };

function stubGitHub(emails: Array<{ email: string; primary: boolean; verified: boolean }>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => Response.json(url.endsWith("/user/emails") ? emails : PROFILE)),
  );
}
const userinfo = () => gitHubOptions("https://api.github.test").userinfo.request({ tokens: { access_token: "t" } });

afterEach(() => vi.unstubAllGlobals());

describe("GitHub", () => {
  it("takes the verified primary address, never the public profile one", async () => {
    stubGitHub([
      { email: "other@example.test", primary: false, verified: true },
      { email: "primary@example.test", primary: true, verified: true },
    ]);
    const profile = await userinfo();
    expect(profile).toMatchObject({ email: "primary@example.test", email_verified: true });
    expect(gitHubOptions().profile(profile)).toMatchObject({ id: "42", email: "primary@example.test", emailVouched: true });
    expect(signInCallback({ account: { type: "oauth" }, profile })).toBe(true);
  });

  it("has no address, and is refused, when the primary one is unverified", async () => {
    stubGitHub([
      { email: "unverified@example.test", primary: true, verified: false },
      { email: "verified-secondary@example.test", primary: false, verified: true },
    ]);
    const profile = await userinfo();
    expect(profile).toMatchObject({ email: null, email_verified: false });
    expect(gitHubOptions().profile(profile)).toMatchObject({ emailVouched: false });
    expect(signInCallback({ account: { type: "oauth" }, profile })).toBe(false);
  });
});

describe("Twitch", () => {
  it("asks for the email_verified claim and vouches only when it is true", () => {
    expect(twitchOptions().authorization.params.claims.id_token).toHaveProperty("email_verified", null);
    const base = { sub: "1", preferred_username: "ada", email: "ada@example.test", picture: "p" };
    expect(twitchOptions().profile({ ...base, email_verified: true })).toMatchObject({ emailVouched: true });
    expect(twitchOptions().profile({ ...base, email_verified: "true" })).toMatchObject({ emailVouched: false });
    expect(signInCallback({ account: { type: "oidc" }, profile: { email_verified: false } })).toBe(false);
    expect(signInCallback({ account: { type: "oidc" }, profile: {} })).toBe(false);
  });

  it("leaves the other sign-in methods to their own checks", () => {
    expect(signInCallback({ account: { type: "credentials" } })).toBe(true);
    expect(signInCallback({ account: { type: "email" } })).toBe(true);
  });
});
