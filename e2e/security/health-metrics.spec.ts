// Attack: information from the monitoring endpoints. /api/health answered
// anyone with raw dependency errors (driver text naming hosts and users), backends and counts; /api/metrics
// was open in production unless METRICS_TOKEN was set. Anyone now gets the verdict and per-check status only,
// and metrics need the token in production (404 while none is set).
import { expect, test } from "@playwright/test";

import { useExtraInstance } from "./support/use-extra-instance";

const PORT = 3522;
const METRICS_TOKEN = "e2e-metrics-token-0123456789";
const ADMIN_API_TOKEN = "e2e-admin-token-for-health-0123456789";

function expectPublicShape(body: { status: string; checks: Record<string, Record<string, unknown>> } & Record<string, unknown>) {
  expect(Object.keys(body).sort()).toEqual(["checks", "status"]);
  for (const [name, check] of Object.entries(body.checks)) expect(Object.keys(check).sort(), name).toEqual(["required", "status"]);
}

test("the shared production server: public health is status only, metrics are off without METRICS_TOKEN", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expectPublicShape(await health.json());
  for (const headers of [{}, { authorization: "Bearer some-guess-0123456789" }] as Array<Record<string, string>>) {
    const metrics = await request.get("/api/metrics", { headers });
    expect(metrics.status()).toBe(404);
    expect(await metrics.text()).not.toContain("nodejs_version_info");
  }
});

test.describe("a server whose Redis is down, with METRICS_TOKEN set", () => {
  test.describe.configure({ mode: "serial" });
  // Nothing listens on port 1: the Redis check fails with the driver's own error text.
  const instanceUrl = useExtraInstance(PORT, { REDIS_URL: "redis://127.0.0.1:1", METRICS_TOKEN, ADMIN_API_TOKEN });

  test("public health has no error text; the admin token sees it", async ({ request }) => {
    await expect
      .poll(
        async () => {
          const res = await request.get(`${instanceUrl()}/api/health`, { headers: { authorization: `Bearer ${ADMIN_API_TOKEN}` } });
          return ((await res.json()) as { checks: { redis: { status: string } } }).checks.redis.status;
        },
        { timeout: 15_000 },
      )
      .toBe("fail");
    const withToken = (await (
      await request.get(`${instanceUrl()}/api/health`, { headers: { authorization: `Bearer ${ADMIN_API_TOKEN}` } })
    ).json()) as { checks: { redis: { detail: string } } };
    expect(withToken.checks.redis.detail.length).toBeGreaterThan(0);
    const res = await request.get(`${instanceUrl()}/api/health`);
    expect(res.status()).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text);
    expectPublicShape(body);
    expect(body.checks.redis).toEqual({ status: "fail", required: false });
    expect(text).not.toContain(withToken.checks.redis.detail);
    // Check names are public; what the checks found (addresses, driver text, backends, sizes) is not.
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgresql|pglite|answers|games/i);
  });

  test("metrics: 401 without the token, 403 with a wrong one, 200 with it", async ({ request }) => {
    expect((await request.get(`${instanceUrl()}/api/metrics`)).status()).toBe(401);
    expect(
      (await request.get(`${instanceUrl()}/api/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789xx" } })).status(),
    ).toBe(403);
    const ok = await request.get(`${instanceUrl()}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status()).toBe(200);
    expect(await ok.text()).toContain("questlog_http_requests_total");
  });
});
