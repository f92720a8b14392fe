// Request limits, against the started server: one unauthenticated sign-up with a 200,000-character
// password held the event loop for 43 s (a backtracking regex); bodies of any size were read and parsed.
import { expect, test } from "@playwright/test";

import { E2E_ORIGIN, ownLoopbackAddress, rawRequest } from "./raw-http";

const JSON_FROM_SITE = { "content-type": "application/json", origin: E2E_ORIGIN };

/** Sends a sign-up with `password` while asking /api/health; both timed. */
async function signUpWhileHealthAnswers(password: string) {
  const body = JSON.stringify({ email: "redos1@example.test", password });
  // Its own socket address: the sign-up limit is per client, and this must not spend the shared one.
  const localAddress = ownLoopbackAddress();
  const started = performance.now();
  const signUp = rawRequest({ method: "POST", path: "/api/users", headers: JSON_FROM_SITE, body, localAddress }).then((res) => ({
    res,
    ms: performance.now() - started,
  }));
  const healthStarted = performance.now();
  const health = await rawRequest({ path: "/api/health" });
  const healthMs = performance.now() - healthStarted;
  return { ...(await signUp), health, healthMs };
}

test("a ReDoS body (200,000 digits) is refused within 500 ms while /api/health keeps answering within 1 s", async () => {
  const { res, ms, health, healthMs } = await signUpWhileHealthAnswers("0".repeat(200_000) + "a");
  // Over the 64 KB JSON body cap, so it is refused before parsing: 413 (a body within the cap that
  // fails validation is a 400, which the next test checks with the same attack inside the cap).
  expect(res.status).toBe(413);
  expect(JSON.parse(res.body).error.code).toBe("payload_too_large");
  expect(ms).toBeLessThan(500);
  expect(health.status).toBeLessThan(600);
  expect(healthMs).toBeLessThan(1_000);
});

test("the same attack inside the body cap (60,000 digits) answers 400 within 500 ms while /api/health keeps answering within 1 s", async () => {
  // Reaches the password checks: before the fix, the trailing-strip regex spent about 4 s on it.
  const { res, ms, health, healthMs } = await signUpWhileHealthAnswers("0".repeat(60_000) + "a");
  expect(res.status).toBe(400);
  expect(JSON.parse(res.body).error.code).toMatch(/^(invalid_parameters|weak_password)$/);
  expect(ms).toBeLessThan(500);
  expect(health.status).toBeLessThan(600);
  expect(healthMs).toBeLessThan(1_000);
});

for (const chunked of [false, true]) {
  test(`a 5 MB JSON body gets 413 payload_too_large (${chunked ? "chunked, no Content-Length" : "with Content-Length"})`, async () => {
    const body = JSON.stringify({ email: "big@example.test", password: "x".repeat(5 * 1024 * 1024) });
    const res = await rawRequest({
      method: "POST",
      path: "/api/users",
      headers: JSON_FROM_SITE,
      body,
      chunked,
      localAddress: ownLoopbackAddress(),
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error).toMatchObject({ code: "payload_too_large" });
  });
}
