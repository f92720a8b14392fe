// Nobody but an admin gets into the console: signed out, every /admin page sends you to sign in (and back) and
// every admin API answers 401; signed in as a player, every page is a 403 and every API a 403. The pages and
// routes are read from the app folder, so new ones are covered as they are added.
import { signIn, signUp } from "../support/accounts";
import { adminApiRoutes, adminPages } from "../support/admin-surface";
import { expect, test } from "../support/csp-violations";

const pages = adminPages();
const routes = adminApiRoutes();

test("the surface under test is the whole console", () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      "/admin",
      "/admin/queues",
      "/admin/cache",
      "/admin/catalog",
      "/admin/search",
      "/admin/users",
      "/admin/audit",
      "/admin/orders",
      "/admin/orders/1",
      "/admin/sales",
    ]),
  );
  expect(routes.length).toBeGreaterThan(10);
});

test("signed out: pages redirect to sign-in and come back; APIs answer 401", async ({ page, request }) => {
  // Every page and route one after the other: past 30 s on a busy machine since the store's pages joined.
  test.setTimeout(120_000);
  for (const path of pages) {
    await page.goto(path);
    await expect(page, path).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  for (const { url, methods } of routes) {
    for (const method of methods) {
      const res = await request.fetch(url, { method, data: method === "GET" || method === "DELETE" ? undefined : {} });
      expect(res.status(), `${method} ${url}`).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    }
  }
});

test("a player is refused on every admin page and API", async ({ page, request }) => {
  test.setTimeout(120_000);
  const email = await signUp(request, "player");
  await signIn(page, email);
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "This page is for admins" }), path).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
  }
  // The browser's own session cookie, sent as the console would send it (same origin, JSON).
  for (const { url, methods } of routes) {
    for (const method of methods) {
      const res = await page.request.fetch(url, { method, data: method === "GET" || method === "DELETE" ? undefined : {} });
      expect(res.status(), `${method} ${url}`).toBe(403);
    }
  }
});
