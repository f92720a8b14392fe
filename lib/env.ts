// The only module that reads process.env (enforced by eslint `no-restricted-properties`).
// Every variable is optional: zero configuration gives a complete site.
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();

// Exported for tests/deploy, which check that every variable the deployment manifests set is one of these.
export const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development").meta({
    description: "Set by Next (`next start`: production, `next dev`: development); not for operators to set.",
    docDefault: "set by Next",
  }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe("Port of `npm start`."),
  /** Everything this instance stores locally (catalog SQLite, later PGlite) lives here. */
  DATA_DIR: z
    .string()
    .trim()
    .min(1)
    .default("./data")
    .describe(
      "Everything this instance stores locally (the catalog SQLite, PGlite, the dev outbox, the auth secret). One directory per instance. The server makes it owner-only (0700; an existing one it owns is tightened) and writes under it with umask 077.",
    ),
  /** Public origin used for canonical URLs, sitemaps and OpenGraph. */
  SITE_URL: optionalString.pipe(z.url().optional()).meta({
    description:
      "Public origin for canonical URLs, JSON-LD and emailed links; set it in production. Sign-in links and Auth.js's own URLs never take their host from a request (`Host`, `X-Forwarded-Host`) in production: they use this, else `AUTH_URL`, else the default. It is also an accepted `Origin` for API writes; an `https://` one turns on HSTS (`proxy.ts`).",
    docDefault: "the origin `next start` listens on (`http://localhost:$PORT`)",
  }),
  /** Source of the embedded catalog, imported on first start when the catalog is empty. */
  CATALOG_SOURCE: z
    .string()
    .trim()
    .min(1)
    .default("./vendor/mame-software-lists/mame-software-lists.ndjson.gz")
    .describe("The catalog imported on first start."),
  /** How many of the most popular game pages `next build` prerenders. */
  STATIC_GAME_PAGES: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(500)
    .describe("How many of the most popular game pages `next build` prerenders; the rest render on demand and are cached (ISR, 1 h)."),
  /** Exposes /api/bench/baseline, the bare route `npm run bench:http` uses as its ceiling. */
  BENCH_ENDPOINTS: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true")
    .describe("`1` exposes `/api/bench/baseline` and `/api/bench/memory`, the routes the benchmarks read (`bench:memory`)."),
  /** Twitch app credentials select real IGDB; without them the local stand-in serves IGDB's API. */
  TWITCH_CLIENT_ID: optionalString.describe(
    "With `TWITCH_CLIENT_SECRET`: real IGDB. Either unset: the local IGDB stand-in, started as a child process.",
  ),
  TWITCH_CLIENT_SECRET: optionalString.describe(
    "With `TWITCH_CLIENT_ID`: real IGDB. Either unset: the local IGDB stand-in, started as a child process.",
  ),
  IGDB_API_URL: z.url().default("https://api.igdb.com/v4").describe("Where the IGDB client sends Apicalypse queries."),
  TWITCH_TOKEN_URL: z
    .url()
    .default("https://id.twitch.tv/oauth2/token")
    .describe("Where the IGDB client gets its client-credentials token."),
  /** Per request; a timed-out request is retried like a 5xx. */
  IGDB_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(10_000)
    .describe("Per IGDB request; a timeout is retried like a 5xx."),
  /** Port of the stand-in child process that zero-config mode starts (0: any free port). */
  IGDB_STANDIN_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(0)
    .describe("Port of the stand-in child process in zero-config mode (`0`: any free port)."),
  /** Shared secret IGDB sends in X-Secret to POST /api/igdb/webhook; the webhook is off without it. */
  IGDB_WEBHOOK_SECRET: optionalString.describe(
    "The secret registered with IGDB's webhooks (sent in `X-Secret`); `POST /api/igdb/webhook` is off without it.",
  ),
  /** Zero-config: how many of the most popular games seed the local replica; the rest stay upstream-only. */
  CATALOG_SEED_GAMES: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(50_000)
    .describe("Zero-config: how many of the most popular games seed the local replica; the rest stay upstream-only."),
  /** How many of IGDB's most popular games the nightly sync job fetches. */
  IGDB_SYNC_POPULAR_COUNT: z.coerce
    .number()
    .int()
    .min(1)
    .max(500_000)
    .default(5_000)
    .describe("How many of IGDB's most popular games the nightly sync job fetches."),
  /** Games last synced longer ago than this are checked against IGDB by the background refresh. */
  IGDB_REFRESH_AFTER_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .default(168)
    .describe("The hourly refresh job re-checks games synced longer ago than this."),
  /** TCP Redis (self-hosted Redis, Valkey, Upstash's TCP endpoint): shared cache, dedupe, limits. */
  REDIS_URL: optionalString
    .pipe(z.url().optional())
    .describe(
      "TCP Redis (Redis, Valkey, Upstash's TCP endpoint): shared search/game cache, dedupe across instances, the shared IGDB token and limiter, rate limits, the catalog write stream, BullMQ jobs.",
    ),
  /** Upstash over HTTP; used when REDIS_URL is not set, and by edge code. */
  UPSTASH_REDIS_REST_URL: optionalString
    .pipe(z.url().optional())
    .describe("Upstash over HTTP (with `UPSTASH_REDIS_REST_TOKEN`), used when `REDIS_URL` is not set (and by edge code)."),
  UPSTASH_REDIS_REST_TOKEN: optionalString.describe("The token for `UPSTASH_REDIS_REST_URL`."),
  /** RabbitMQ for the store's domain events (docs/events.md); unset: the Redis Stream with REDIS_URL, else in-process. */
  AMQP_URL: optionalString
    .pipe(z.url({ protocol: /^amqps?$/, error: "use an amqp:// or amqps:// URL" }).optional())
    .describe(
      "RabbitMQ (`amqp://user:pass@host:5672/vhost`) for the store's domain events: the topic exchange `questlog.events` (see `docs/events.md`). Unset: a Redis Stream with `REDIS_URL`, else in-process.",
    ),
  /** Deadline of every cache call; past it the call fails open (a miss). Default 250 ms, 1 s for Upstash (HTTP). */
  CACHE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(5)
    .max(10_000)
    .optional()
    .meta({ description: "Deadline of every cache call; past it the call fails open (a miss).", docDefault: "`250` (`1000` for Upstash)" }),
  /** Per-client limits on the public API (lib/cache/rate-limit/rate-limit-policies.ts); "off" behind a proxy that limits. */
  API_RATE_LIMITS: z
    .enum(["on", "off"])
    .default("on")
    .describe("Per-client limits on the public API; `off` behind a proxy that limits, and in benchmarks."),
  /**
   * How many proxies in front of this server append to X-Forwarded-For (lib/cache/rate-limit/get-client-identity.ts).
   * 0: the client is the TCP peer and X-Forwarded-For is ignored (anyone can write it). N: the Nth address
   * from the right of X-Forwarded-For, the one our own N-th proxy saw.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(0)
    .describe(
      "How many proxies in front of the server append to `X-Forwarded-For`. `0`: the client is the TCP peer and the header is ignored (anyone can write it). `N`: the Nth address from the right of `X-Forwarded-For`, the one your outermost proxy saw. Set it to exactly your proxy count: too high trusts what clients write, too low counts everyone as your proxy.",
    ),
  /** Names this instance's SQLite replica: its consumer group on the catalog write stream. Default: host + DATA_DIR. */
  INSTANCE_ID: optionalString
    .pipe(
      z
        .string()
        .regex(/^[\w.-]{1,64}$/, "letters, digits, . _ - only")
        .optional(),
    )
    .meta({
      description: "Names this instance's replica: its consumer group on the catalog write stream.",
      docDefault: "host + hash of `DATA_DIR`",
    }),
  /** Catalog writes this process holds before new ones are rejected (lib/catalog-writes/README.md). */
  CATALOG_WRITE_QUEUE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000_000)
    .default(50_000)
    .describe("Catalog writes one process holds before new ones are rejected (see `lib/catalog-writes/README.md`)."),
  /** Most rows per drainer transaction, and how long a partial batch waits to fill. */
  CATALOG_WRITE_BATCH: z.coerce.number().int().min(1).max(50_000).default(500).describe("Most rows per drainer transaction."),
  CATALOG_WRITE_LINGER_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(5)
    .describe("How long a partial drainer batch waits to fill."),
  /** With Redis: a write a crashed process was handed is reclaimed after sitting unacked this long. */
  CATALOG_WRITE_CLAIM_IDLE_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(3_600_000)
    .default(30_000)
    .describe("With Redis: a write a crashed process was handed is reclaimed (XAUTOCLAIM) after this long."),
  /** With Redis: the write stream's hard cap; an instance further behind than this misses writes. */
  CATALOG_STREAM_MAX_LENGTH: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(100_000_000)
    .default(100_000)
    .describe("With Redis: the write stream's hard cap; an instance further behind than this misses writes."),
  /** Key prefix of the catalog write stream (tests and benchmarks isolate themselves with their own). */
  CATALOG_STREAM_KEY: z
    .string()
    .trim()
    .min(1)
    .default("ql:catalog-writes")
    .describe("With Redis: the catalog write stream's key (tests and benchmarks isolate themselves with their own)."),
  /** Key prefix of the BullMQ job queues (tests isolate themselves with their own). */
  JOBS_PREFIX: z
    .string()
    .trim()
    .min(1)
    .default("ql:bull")
    .describe("With Redis: BullMQ's key prefix (tests isolate themselves with their own)."),
  /** "off" leaves repeatable jobs unscheduled (tests and benchmarks that count upstream requests). */
  JOB_SCHEDULES: z
    .enum(["on", "off"])
    .default("on")
    .describe("`off` leaves repeatable jobs unscheduled (tests and benchmarks that count upstream requests)."),
  /** On SIGTERM/SIGINT, how long running jobs and the write queue get to finish before the process exits. */
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(10_000)
    .describe("On SIGTERM/SIGINT, how long running jobs and the write queue get to finish."),
  /**
   * Bearer token for the admin APIs (/api/admin/*, /api/jobs/*) until accounts with an admin role exist;
   * without it those APIs answer 401. Keep it secret, long and random.
   */
  /**
   * PostgreSQL for accounts, libraries, wishlists and orders (postgresql://user:pass@host:5432/db). Unset: an
   * embedded PGlite database under DATA_DIR/pglite, which only this one process may open.
   */
  DATABASE_URL: optionalString
    .pipe(z.url({ protocol: /^postgres(ql)?$/, error: "use a postgresql:// URL" }).optional())
    .describe(
      "PostgreSQL for accounts, libraries and wishlists (`postgresql://…`). Unset: embedded PGlite under `DATA_DIR/pglite` (one process per directory).",
    ),
  ADMIN_API_TOKEN: optionalString
    .pipe(z.string().min(24, "use at least 24 characters").optional())
    .describe(
      "Bearer token for `/api/admin/*` and `/api/jobs/*` (24+ characters) for scripts and the queue monitor; admins signed in in a browser need none.",
    ),
  /** GET /api/metrics needs `Authorization: Bearer <it>` (Prometheus' bearer_token). Unset: open outside production, off (404) in it. */
  METRICS_TOKEN: optionalString
    .pipe(z.string().min(16, "use at least 16 characters").optional())
    .describe(
      "`GET /api/metrics` needs `Authorization: Bearer <it>` (16+ characters; 401 without, 403 wrong). Unset: open outside production, off (404) in production.",
    ),
  /**
   * Encrypts session cookies and signs Auth.js tokens (openssl rand -base64 33). Unset: a random secret made
   * once and kept in DATA_DIR/auth-secret (mode 0600); instances sharing sessions need the same AUTH_SECRET.
   */
  AUTH_SECRET: optionalString.pipe(z.string().min(32, "use at least 32 characters (openssl rand -base64 33)").optional()).meta({
    description:
      "Encrypts session cookies and seals queued mail (32+ characters, `openssl rand -base64 33`); instances behind one load balancer need the same one.",
    docDefault: "made once, kept in `DATA_DIR/auth-secret` (0600)",
  }),
  /**
   * Auth.js's own name for the public origin; SITE_URL is ours and wins. In production Questlog sets it from
   * SITE_URL (or this server's own origin) when unset, so Auth.js never takes the host from a request.
   */
  AUTH_URL: optionalString
    .pipe(z.url().optional())
    .describe(
      "Auth.js's name for the public origin; `SITE_URL` is preferred and wins. In production Questlog sets it from `SITE_URL` (or the default origin) when unset.",
    ),
  /**
   * "on": Auth.js builds its URLs from the request's Host / X-Forwarded-Host (one deployment under several
   * hostnames, behind a proxy that sets them). Off by default in production: a client reaching the server
   * could name any host. Emailed sign-in links use the public origin either way.
   */
  AUTH_TRUST_HOST: z
    .enum(["on", "off"])
    .default("off")
    .describe(
      "`on`: Auth.js's redirects and callback URLs follow the request's `Host` / `X-Forwarded-Host` (one site under several hostnames, behind a proxy that sets them). Emailed links use the public origin either way.",
    ),
  /** A GitHub OAuth app: "Sign in with GitHub" appears when both are set. */
  AUTH_GITHUB_ID: optionalString.describe(
    'With `AUTH_GITHUB_SECRET`: "Sign in with GitHub" (callback `https://<site>/api/auth/callback/github`).',
  ),
  AUTH_GITHUB_SECRET: optionalString.describe('With `AUTH_GITHUB_ID`: "Sign in with GitHub".'),
  /** A Twitch application for "Sign in with Twitch" (may be the IGDB one); appears when both are set. */
  AUTH_TWITCH_ID: optionalString.describe(
    'With `AUTH_TWITCH_SECRET`: "Sign in with Twitch" (callback `…/api/auth/callback/twitch`; may be the IGDB app).',
  ),
  AUTH_TWITCH_SECRET: optionalString.describe('With `AUTH_TWITCH_ID`: "Sign in with Twitch".'),
  /** Twitch's OpenID issuer; only tests point it elsewhere (a local OpenID provider). */
  AUTH_TWITCH_ISSUER: optionalString
    .pipe(z.url().optional())
    .meta({ description: "Twitch's OpenID issuer; only tests point it elsewhere (a local OpenID provider).", docDefault: "Twitch's" }),
  /** Comma-separated emails that get the admin role when they sign up or sign in. */
  ADMIN_EMAILS: optionalString
    .transform((list) =>
      (list ?? "")
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email("ADMIN_EMAILS: a comma-separated list of email addresses")))
    .describe(
      "Comma-separated addresses that become admins when they sign in with an emailed link or a provider-verified address (never a bare password sign-up).",
    ),
  /** "off" lifts the sign-in and magic-link limits (lib/auth); only for test suites that sign in often. */
  AUTH_RATE_LIMITS: z
    .enum(["on", "off"])
    .default("on")
    .describe("`off` lifts the sign-in and magic-link limits (test suites that sign in often only)."),
  /**
   * Outgoing mail (sign-in links) through this SMTP server: smtp://user:pass@host:587 (STARTTLS when offered)
   * or smtps://user:pass@host:465. Unset: mail is kept in the dev outbox under DATA_DIR/outbox instead.
   */
  SMTP_URL: optionalString
    .pipe(z.url({ protocol: /^smtps?$/, error: "use an smtp:// or smtps:// URL" }).optional())
    .describe(
      "Outgoing mail (sign-in links) through this server (`smtp://user:pass@host:587`, STARTTLS when offered, or `smtps://…:465`). Unset: the dev outbox under `DATA_DIR/outbox`.",
    ),
  /** Sender of outgoing mail, "Name <address>" or a bare address. */
  MAIL_FROM: z
    .string()
    .trim()
    .regex(/^[^\r\n]*@[^\r\n]*$/, "one line with an address")
    .default("Questlog <no-reply@localhost>")
    .describe("Sender of outgoing mail, `Name <address>` or a bare address."),
  /** Connecting, the greeting and any silence mid-conversation: past it the send fails (and the job retries). */
  SMTP_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(10_000)
    .describe("SMTP connect, greeting and idle timeout: past it the send fails (and the job retries)."),
  /**
   * "off" hides the dev outbox pages (/dev/outbox: every stored message, sign-in links included). Otherwise
   * they exist while SMTP_URL is unset, for anyone outside production and, in production, for admins and
   * the zero-config trial's own browser only (lib/api/can-view-outbox.ts).
   */
  MAIL_OUTBOX_PAGES: z.enum(["on", "off"]).optional().meta({
    description:
      "`off` hides `/dev/outbox` from everyone. The pages show every stored message, sign-in links included, and exist only while `SMTP_URL` is unset. Outside production anyone may read them; in production only a signed-in admin, or, for the zero-config trial (`SITE_URL` unset or loopback), a browser on the machine itself talking to the server directly (loopback socket, no proxy header, loopback `Host`). Everyone else gets a 404. No value opens them to the public in production.",
    docDefault: "`on`",
  }),
  /**
   * Demo listings and prices for the 5,000 most popular games (lib/store/listings/seed-demo-listings.ts): "auto"
   * seeds an empty embedded PGlite database only, so production (DATABASE_URL) starts with none.
   */
  STORE_DEMO_LISTINGS: z
    .enum(["auto", "on", "off"])
    .default("auto")
    .describe(
      "Demo store listings (5,000 most popular games, deterministic prices in USD, EUR, GBP and JPY, ~10% on sale; docs/store.md). `auto`: only into an empty embedded PGlite database (no `DATABASE_URL`). `on`: into any database that has no listings yet. `off`: never.",
    ),
  /** Days of hourly search analytics kept (search_query_stats, search_source_stats); older rows are deleted. */
  SEARCH_ANALYTICS_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(30)
    .describe(
      'Days of hourly search analytics kept; the rollup job deletes older rows (and keeps at most 200 query rows per minute\'s rollup, the rest folded into "(other queries)").',
    ),
  /** Stripe: all three unset runs the local stand-in (zero-config); a secret key needs its webhook secret. */
  STRIPE_SECRET_KEY: optionalString.describe(
    "Stripe secret key (`sk_live_…`/`sk_test_…`), with `STRIPE_WEBHOOK_SECRET`. Unset (with the webhook secret and `STRIPE_API_URL` unset too): the local Stripe stand-in, started as a child process, is the gateway.",
  ),
  STRIPE_WEBHOOK_SECRET: optionalString.describe(
    "Signing secret (`whsec_…`) of the webhook endpoint `https://<site>/api/webhooks/stripe`; required with `STRIPE_SECRET_KEY`.",
  ),
  STRIPE_API_URL: optionalString.pipe(z.url().optional()).meta({
    description: "Where the Stripe client sends requests (a stand-in's URL, with `STRIPE_SECRET_KEY`).",
    docDefault: "`https://api.stripe.com`",
  }),
  STRIPE_STANDIN_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(0)
    .describe("Port of the Stripe stand-in child process in zero-config mode (`0`: any free port)."),
  STRIPE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(10_000)
    .describe("Per Stripe request; a timeout is retried (twice, with the same idempotency key), then checkout answers 503."),
  REFUND_WINDOW_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .max(365)
    .default(14)
    .describe("Days after payment in which a buyer may refund an order themselves (`POST /api/users/me/orders/{id}/refund`)."),
  SALE_COOLDOWN_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .max(365)
    .default(28)
    .describe(
      "Days that must pass between two sales of the same game (Steam's rule; `POST /api/admin/store/sales` answers 409 `sale_cooldown` otherwise). `0`: none.",
    ),
  LOG_LEVEL: z
    .enum(["debug", "info", "warn", "error", "silent"])
    .default("info")
    .describe("`debug`, `info`, `warn`, `error` or `silent` (pino JSON lines on stdout)."),
});

export type ServerEnv = z.infer<typeof serverSchema>;

/** Real IGDB needs both Twitch credentials; anything less runs against the local stand-in. */
export function usesRealIgdb(env: ServerEnv = getEnv()): boolean {
  return Boolean(env.TWITCH_CLIENT_ID && env.TWITCH_CLIENT_SECRET);
}

function parseEnv(): ServerEnv {
  const parsed = serverSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const stripeProblem = stripeConfigProblem(parsed.data);
  if (stripeProblem) throw new Error(`Invalid environment configuration:\n  ${stripeProblem}`);
  return parsed.data;
}

/**
 * A half Stripe configuration would take payments whose webhooks nobody can verify (or send a live key to a
 * stand-in), so it is refused at boot: either none of the three (the local stand-in) or a key with its secret.
 */
export function stripeConfigProblem(env: Pick<ServerEnv, "STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET" | "STRIPE_API_URL">): string | null {
  const { STRIPE_SECRET_KEY: key, STRIPE_WEBHOOK_SECRET: secret, STRIPE_API_URL: apiUrl } = env;
  if (key && !secret) return "STRIPE_SECRET_KEY is set without STRIPE_WEBHOOK_SECRET: set both (or neither, for the local stand-in).";
  if (!key && secret) return "STRIPE_WEBHOOK_SECRET is set without STRIPE_SECRET_KEY: set both (or neither, for the local stand-in).";
  if (!key && apiUrl) return "STRIPE_API_URL is set without STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET: set all three (or none).";
  return null;
}

/**
 * This server's own origin (http://host:port), which `next start` records once it listens; null outside a
 * Next server (CLIs, tests). Read at call time: it is set after the first getEnv() of the process.
 */
export function selfOrigin(): string | null {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? null;
}

/**
 * True inside `next build` (its main process and the workers that prerender pages, which inherit NEXT_PHASE).
 * Read at call time, like selfOrigin: Next sets it during the build, after the first getEnv().
 */
export function isNextBuild(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

/**
 * True inside the `next build` that `npm start` runs on a checkout without a current build (prepare-start sets
 * it): that build skips Next's own TypeScript pass. Not configuration: `npm test` and CI run the same strict
 * `tsc --noEmit`, so the pass would only repeat it on every first start (about a third of the build's time).
 */
export function isStartBuild(): boolean {
  return process.env.QUESTLOG_START_BUILD === "1";
}

/** Marks the builds this process spawns from now on as `npm start`'s own (isStartBuild). */
export function markStartBuild(): void {
  process.env.QUESTLOG_START_BUILD = "1";
}

// What pinAuthJsUrl last wrote, so an operator's own AUTH_URL is told apart from ours and never overwritten.
let pinnedAuthUrl: string | undefined;

/**
 * The site's public origin, for links that leave the site (emailed sign-in links): SITE_URL, else an
 * operator's AUTH_URL, else the origin `next start` says it listens on, else http://localhost:$PORT.
 * Never anything a request says.
 */
export function publicOrigin(env: ServerEnv = getEnv()): string {
  const authUrl = env.AUTH_URL !== pinnedAuthUrl ? env.AUTH_URL : undefined;
  return new URL(env.SITE_URL ?? authUrl ?? selfOrigin() ?? `http://localhost:${env.PORT}`).origin;
}

/**
 * Auth.js reads AUTH_URL from process.env by itself (next-auth/lib/env.js, createActionURL) and, when it is
 * set, uses it instead of the request's Host / X-Forwarded-Host; this is how our choice reaches it.
 * `undefined` takes back what we set. An AUTH_URL the operator set is left alone.
 */
export function pinAuthJsUrl(origin: string | undefined): void {
  const current = process.env.AUTH_URL;
  if (current !== undefined && current !== "" && current !== pinnedAuthUrl) return;
  if (origin === undefined) delete process.env.AUTH_URL;
  else process.env.AUTH_URL = origin;
  pinnedAuthUrl = origin;
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
