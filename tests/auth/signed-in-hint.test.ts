import { describe, expect, it } from "vitest";

import {
  hasSessionCookie,
  proxiedSignedInHint,
  SESSION_MAX_AGE_SECONDS,
  SIGNED_IN_HINT_COOKIE,
  signedInHintFor,
} from "@/lib/auth/signed-in-hint";

describe("the signed-in hint", () => {
  it("follows Auth.js's session cookie under either name, whole or split into chunks", () => {
    for (const name of [
      "authjs.session-token",
      "__Secure-authjs.session-token",
      "authjs.session-token.0",
      "__Secure-authjs.session-token.3",
    ])
      expect(hasSessionCookie([name]), name).toBe(true);
  });

  it("is not fooled by look-alike names or by itself", () => {
    for (const name of [
      "authjsXsession-token",
      "authjs.session-token.x",
      "xauthjs.session-token",
      "authjs.csrf-token",
      SIGNED_IN_HINT_COOKIE,
    ])
      expect(hasSessionCookie([name]), name).toBe(false);
  });

  it("is set for as long as a session lasts, readable by scripts, and cleared without a session", () => {
    const on = signedInHintFor(["questlog_currency", "authjs.session-token"], true);
    expect(on).toMatchObject({
      name: SIGNED_IN_HINT_COOKIE,
      value: "1",
      httpOnly: false,
      secure: true,
      sameSite: "lax",
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    const off = signedInHintFor(["questlog_currency"], false);
    expect(off).toMatchObject({ value: "", maxAge: 0, secure: false });
  });
});

describe("the hint proxy.ts sets", () => {
  const session = ["authjs.session-token", SIGNED_IN_HINT_COOKIE];

  it("refreshes the hint on a signed-in page or API request", () => {
    expect(proxiedSignedInHint({ cookieNames: session, serverAction: false, secure: false })).toMatchObject({ value: "1" });
  });

  it("clears a hint that outlived its session, and sets nothing for a visitor who never signed in", () => {
    expect(proxiedSignedInHint({ cookieNames: [SIGNED_IN_HINT_COOKIE], serverAction: false, secure: false })).toMatchObject({
      value: "",
      maxAge: 0,
    });
    expect(proxiedSignedInHint({ cookieNames: ["questlog_currency"], serverAction: false, secure: false })).toBeNull();
  });

  it("leaves a Server Action's response to the action, so sign-out's clearing hint is the only one", () => {
    expect(proxiedSignedInHint({ cookieNames: session, serverAction: true, secure: true })).toBeNull();
  });
});
