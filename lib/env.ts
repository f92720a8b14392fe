// The only module that reads process.env (enforced by eslint `no-restricted-properties`).
// Every variable is optional: zero configuration gives a complete site.
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();

const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Everything this instance stores locally (catalog SQLite, later PGlite) lives here. */
  DATA_DIR: z.string().trim().min(1).default("./data"),
  /** Public origin used for canonical URLs, sitemaps and OpenGraph. */
  SITE_URL: optionalString.pipe(z.url().optional()),
  /** Source of the embedded catalog, imported on first start when the catalog is empty. */
  CATALOG_SOURCE: z.string().trim().min(1).default("./vendor/mame-software-lists/mame-software-lists.ndjson.gz"),
  /** How many of the most popular game pages `next build` prerenders. */
  STATIC_GAME_PAGES: z.coerce.number().int().min(0).max(100_000).default(500),
  /** Exposes /api/bench/baseline, the bare route `npm run bench:http` uses as its ceiling. */
  BENCH_ENDPOINTS: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type ServerEnv = z.infer<typeof serverSchema>;

function parseEnv(): ServerEnv {
  const parsed = serverSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Parsed once per process; tests may set variables before first use. */
let cached: ServerEnv | undefined;
export function getEnv(): ServerEnv {
  cached ??= parseEnv();
  return cached;
}

/** For tests that change variables between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}
