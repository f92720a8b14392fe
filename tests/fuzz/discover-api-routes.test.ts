// The fuzzer finds its targets by reading app/api: every route file, every exported method, dynamic segments.
import { describe, expect, it } from "vitest";

import { discoverApiRoutes, exportedMethods } from "@/scripts/fuzz/discover-api-routes";

describe("exportedMethods", () => {
  it("reads const, function and destructured exports, and nothing else", () => {
    const source = `export const dynamic = "force-dynamic";\nexport const GET = withAdmin(x);\nexport async function POST() {}\nexport function DELETE() {}\nconst PATCH = 1;\nexport const { PUT, OPTIONS: OPTIONS } = handlers;`;
    expect(exportedMethods(source)).toEqual(["GET", "POST", "PUT", "DELETE", "OPTIONS"]);
  });
});

describe("discoverApiRoutes", () => {
  const routes = discoverApiRoutes(process.cwd());
  const byPattern = new Map(routes.map((r) => [r.pattern, r]));

  it("finds every route with its methods and dynamic segments", () => {
    expect(byPattern.get("/api/users/me/library")?.methods).toEqual(["GET", "POST"]);
    expect(byPattern.get("/api/admin/queues/[queue]/clean")).toEqual({
      pattern: "/api/admin/queues/[queue]/clean",
      methods: ["POST"],
      params: [{ name: "queue", catchAll: false }],
    });
    expect(byPattern.get("/api/auth/[...nextauth]")).toEqual({
      pattern: "/api/auth/[...nextauth]",
      methods: ["GET", "POST"],
      params: [{ name: "nextauth", catchAll: true }],
    });
  });

  it("leaves no route file out", () => {
    expect(routes.length).toBeGreaterThanOrEqual(44);
    expect(routes.every((r) => r.methods.length > 0)).toBe(true);
  });
});
