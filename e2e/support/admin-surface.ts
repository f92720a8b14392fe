// The admin console's pages and API routes, read from the app folder itself, so the refusal tests cover
// whatever exists when they run (a page or route added later is covered without editing the tests).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const APP = path.resolve(import.meta.dirname, "../../app");

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

/** A URL for a route folder: route groups dropped, dynamic segments given sample values. */
function urlOf(dir: string, samples: Record<string, string>): string {
  const segments = path
    .relative(APP, dir)
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => {
      const name = s.match(/^\[(?:\.\.\.)?(\w+)\]$/)?.[1];
      return name ? encodeURIComponent(samples[name] ?? "1") : s;
    });
  return `/${segments.join("/")}`;
}

/** Every /admin page, e.g. "/admin/queues/email". */
export function adminPages(samples: Record<string, string> = { queue: "email", id: "1" }): string[] {
  return filesNamed(path.join(APP, "(admin)"), "page.tsx")
    .map((file) => urlOf(path.dirname(file), samples))
    .sort();
}

/** Every admin API route with the methods it exports, e.g. {url: "/api/admin/queues/email/pause", methods: ["POST"]}. */
export function adminApiRoutes(samples: Record<string, string> = { queue: "email", id: "1" }): Array<{ url: string; methods: string[] }> {
  const files = [...filesNamed(path.join(APP, "api/admin"), "route.ts"), ...filesNamed(path.join(APP, "api/jobs"), "route.ts")];
  return files.map((file) => ({
    url: urlOf(path.dirname(file), samples),
    methods: [...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!),
  }));
}
