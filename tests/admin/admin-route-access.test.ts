// Every admin route refuses whoever is not an admin: this walks app/api/admin (and the admin-only job status
// routes) on disk and calls every method each route exports, so a route added later without withAdmin fails
// here without anyone writing a test for it. Also: every page under app/(admin) calls requireAdminPage.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { apiRequest, read } from "../auth/support/api-request";
import { sessionCookie } from "../auth/support/session";
import { createUser } from "../auth/support/users";

const ADMIN_TOKEN = "route-access-admin-token-0123456789";
setUpAccountsDatabase({ ADMIN_API_TOKEN: ADMIN_TOKEN });

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

const routeFiles = [
  ...filesNamed(path.join(ROOT, "app/api/admin"), "route.ts"),
  ...filesNamed(path.join(ROOT, "app/api/jobs"), "route.ts"),
];

/** "/api/admin/queues/[queue]/jobs" with every dynamic segment given a harmless value. */
function urlOf(file: string): { url: string; params: Record<string, string> } {
  const route = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  const params: Record<string, string> = {};
  const segments = route.map((segment) => {
    const name = segment.match(/^\[(?:\.\.\.)?(\w+)\]$/)?.[1];
    if (!name) return segment;
    params[name] = "1";
    return "1";
  });
  return { url: `/${segments.join("/")}`, params };
}

type RouteHandler = (req: ReturnType<typeof apiRequest>, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function handlersOf(file: string): Promise<Array<{ method: string; handler: RouteHandler }>> {
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  return METHODS.flatMap((method) => (typeof mod[method] === "function" ? [{ method, handler: mod[method] as RouteHandler }] : []));
}

async function statusFor(
  file: string,
  credentials: { cookie?: string; headers?: Record<string, string> },
): Promise<Record<string, number>> {
  const { url, params } = urlOf(file);
  const statuses: Record<string, number> = {};
  for (const { method, handler } of await handlersOf(file)) {
    const body = method === "GET" || method === "DELETE" ? undefined : {};
    const res = await read(handler(apiRequest(url, { method, body, ...credentials }), { params: Promise.resolve(params) }));
    statuses[`${method} ${url}`] = res.status;
    if (res.status >= 400) expect(res.body.error.code, `${method} ${url}`).toMatch(/^(unauthorized|forbidden)$/);
  }
  return statuses;
}

describe("admin API routes", () => {
  it("finds the admin routes on disk (so the checks below are not vacuous)", async () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(4);
    for (const file of routeFiles) expect((await handlersOf(file)).length, file).toBeGreaterThan(0);
  });

  it.each(routeFiles.map((file) => [path.relative(ROOT, file), file]))(
    "%s: 401 signed out, 403 for a player or a wrong token",
    async (_name, file) => {
      const player = await createUser("route-player");
      const signedOut = await statusFor(file, {});
      const asPlayer = await statusFor(file, { cookie: await sessionCookie(player) });
      const wrongToken = await statusFor(file, { headers: { authorization: "Bearer not-the-admin-token-at-all-000" } });
      for (const status of Object.values(signedOut)) expect(status).toBe(401);
      for (const status of Object.values(asPlayer)) expect(status).toBe(403);
      for (const status of Object.values(wrongToken)) expect(status).toBe(403);
    },
  );

  it("lets an admin session through the gate, and refuses its cross-site mutations (CSRF)", async () => {
    const admin = await createUser("route-admin");
    await (await getDb()).user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    const cookie = await sessionCookie(admin);
    let mutations = 0;
    for (const file of routeFiles) {
      const { url, params } = urlOf(file);
      for (const { method, handler } of await handlersOf(file)) {
        if (method === "GET") {
          // Past the gate: whatever the route then says of the made-up ids, it is not a refusal.
          // Streams (SSE) never end on their own: only the status is read, then the body is cancelled.
          const res = await handler(apiRequest(url, { cookie }), { params: Promise.resolve(params) });
          await res.body?.cancel();
          expect([401, 403], `GET ${url}`).not.toContain(res.status);
          continue;
        }
        mutations++;
        const forged = await read(
          handler(
            apiRequest(url, { method, cookie, body: method === "DELETE" ? undefined : {}, headers: { origin: "https://evil.example" } }),
            {
              params: Promise.resolve(params),
            },
          ),
        );
        expect(forged.status, `${method} ${url} from another site`).toBe(403);
      }
    }
    expect(mutations).toBeGreaterThan(0);
  });
});

describe("admin pages", () => {
  const pages = filesNamed(path.join(ROOT, "app/(admin)"), "page.tsx");

  it.each(pages.map((file) => [path.relative(ROOT, file), file]))("%s checks the admin role itself", (_name, file) => {
    // Layouts are not re-run on client navigation, so each page must call the guard (the e2e proves the refusal).
    // A template literal is fine: dynamic pages send a signed-out visitor back to the very job or game.
    expect(readFileSync(file, "utf8")).toMatch(/await requireAdminPage\((["`])\/admin[^"`]*\1\)/);
  });
});
