// The fuzzer's core (scripts/fuzz) at a smaller count than `npm run fuzz`: 2,000 generated requests at every API
// route and method, signed out, as a player and as an admin, and not one may get a 5xx or no answer.
// It runs against a `next start` instance of its own rather than the shared e2e server: the admin cases pause
// queues, hide games and clear the cache, which would pull the rug from specs running beside it, and the
// fuzzer needs the admin token and rate limits off (the shared server has neither) to reach the handlers.
import { expect, test } from "@playwright/test";

import { createFuzzSessions } from "../../scripts/fuzz/create-fuzz-sessions";
import { discoverApiRoutes } from "../../scripts/fuzz/discover-api-routes";
import { runFuzz } from "../../scripts/fuzz/run-fuzz";
import { startInstances, type Instances } from "../../tests/support/multi-instance";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
// The security project's own port range (3540–3549 by default), clear of the shared server's.
const PORT = Number(process.env.E2E_FUZZ_PORT ?? 3540);
const ADMIN_API_TOKEN = "fuzz-e2e-admin-token-0123456789";
const CASES = 2_000;

let instances: Instances | undefined;
test.afterAll(async () => instances?.stop());

test("2,000 fuzz cases at every API route get no 5xx", async () => {
  test.setTimeout(240_000);
  const url = `http://127.0.0.1:${PORT}`;
  instances = await startInstances(
    1,
    PORT,
    { API_RATE_LIMITS: "off", AUTH_RATE_LIMITS: "off", ADMIN_API_TOKEN, SITE_URL: url },
    `${DATA_DIR}/igdb-standin.sqlite`,
  );
  const routes = discoverApiRoutes(process.cwd());
  expect(routes.length).toBeGreaterThan(40);
  const sessions = await createFuzzSessions(url, ADMIN_API_TOKEN);
  expect(sessions.auth.playerCookie).toBeTruthy();
  expect(sessions.auth.adminCookie).toBeTruthy();

  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const { summary, failures } = await runFuzz({
    baseUrl: url,
    context: { origin: url, routes, ...sessions },
    cases: CASES,
    seconds: 150,
    seed,
    concurrency: 4,
    slowMs: 1_000,
    timeoutMs: 10_000,
  });
  const { by_route: byRoute, ...line } = summary;
  console.log(JSON.stringify(line));
  for (const failure of failures.filter((f) => f.kind !== "slow")) console.log(`${failure.kind}: ${failure.status} ${failure.curl}`);

  expect(summary.cases).toBeGreaterThan(0);
  // Signed-in handlers answered, not just 401s: some player and admin routes got a 2xx.
  expect(byRoute["GET /api/users/me/library"]?.ok ?? 0).toBeGreaterThan(0);
  expect(byRoute["GET /api/admin/queues"]?.ok ?? 0).toBeGreaterThan(0);
  expect({ five_xx: summary.five_xx, no_answer: summary.no_answer, seed, shrunk: summary.shrunk }).toEqual({
    five_xx: 0,
    no_answer: 0,
    seed,
    shrunk: [],
  });
});
