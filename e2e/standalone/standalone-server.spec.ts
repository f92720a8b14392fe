// Smoke tests against the standalone server as the Docker image runs it (`node server.js` in the assembled
// directory, zero-config IGDB: the bundled stand-in as a child process), since no Docker engine runs here.
// One server for the file, so the tests run in order in one worker.
import { spawnSync } from "node:child_process";

import { expect, test } from "@playwright/test";

import { dockerfileHealthcheck } from "../../tests/deploy/support/read-deploy-files";
import { E2E_DATABASE_NAME } from "../../tests/support/test-postgres";
import { signIn, signUp } from "../support/accounts";
import { startStandaloneServer, type StandaloneServer } from "./start-standalone-server";

test.describe.configure({ mode: "serial" });

let server: StandaloneServer | undefined;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  // The project's baseURL (playwright.config.ts) names the port, so the config stays the one place that picks it.
  const port = Number(new URL(testInfo.project.use.baseURL!).port);
  server = await startStandaloneServer({
    port,
    databaseName: `${E2E_DATABASE_NAME}_standalone`,
    logFile: testInfo.outputPath("standalone-server.log"),
  });
});

test.afterAll(async () => {
  await server?.remove();
});

test("answers the health check with 200 once its required checks pass", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect((await res.json()).status).toBe("ok");
});

test("passes the Dockerfile's HEALTHCHECK command, which fails where nothing answers", () => {
  const [command, ...args] = dockerfileHealthcheck();
  // Docker runs it inside the container, where the image's ENV (PORT among it) applies.
  const run = (port: string) =>
    spawnSync(command === "node" ? process.execPath : command!, args, { env: { NODE_ENV: "production", PORT: port }, timeout: 10_000 })
      .status;
  expect(run(new URL(server!.url).port)).toBe(0);
  expect(run("1")).toBe(1);
});

test("serves the home page, its compiled assets (.next/static) and public/", async ({ request }) => {
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  const html = await home.text();
  expect(html).toContain("Popular games");
  const assets = [...html.matchAll(/\/_next\/static\/[^"'\s]+\.(?:css|js)/g)].map((m) => m[0]);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of new Set(assets.slice(0, 5))) expect((await request.get(asset)).status(), asset).toBe(200);
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");
});

test("the search API answers from the replica the first start seeded from vendor/", async ({ request }) => {
  const res = await request.get("/api/games/search?q=metriod");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.meta.source).toBe("database");
  expect(body.results[0].slug).toBe("metroid");
});

test("an upstream-only title comes through the bundled IGDB stand-in, and its game page renders", async ({ request, page }) => {
  const first = await (await request.get("/api/games/search?q=gelfling%20adventure")).json();
  expect(first.meta.source).toBe("igdb");
  expect(first.results[0].name).toBe("Gelfling Adventure");
  await page.goto(`/games/${first.results[0].slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gelfling Adventure");
});

test("a game page from the replica renders in the browser", async ({ page }) => {
  await page.goto("/games/metroid");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Metroid");
  await expect(page.getByRole("table")).toBeVisible();
});

test("sign-up and sign-in work: argon2's native addon, Prisma and the migrations applied at start", async ({ page }) => {
  const email = await signUp(page.request, "standalone");
  await signIn(page, email, "/library");
  await expect(page.getByText("Your library is empty.")).toBeVisible();
});

test("SIGTERM (docker stop) drains and exits with 143", async () => {
  expect(await server!.stop()).toBe(143);
});
