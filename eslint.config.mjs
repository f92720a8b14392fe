import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layer rule, checked by eslint (so by npm test): see the README's Layout section.
const ADAPTERS = ["igdb", "cache", "redis", "accounts-db", "log", "http-server", "stripe", "rabbitmq"];
const DOMAINS = [
  "admin",
  "audit",
  "auth",
  "catalog",
  "catalog-sync",
  "catalog-writes",
  "events",
  "health",
  "jobs",
  "library",
  "mail",
  "metrics",
  "query",
  "search",
  "search-analytics",
  "store",
  "wishlist",
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      ".test-data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      // bench:http's ceiling app builds into its own .next (git-ignored like ours).
      "scripts/bench/ceiling-app/.next/**",
      "scripts/bench/ceiling-app/next-env.d.ts",
    ],
  },
  {
    rules: {
      // lib/env.ts is the single reader of process.env: configuration is typed and validated in one place.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through getEnv() from @/lib/env." },
      ],
    },
  },
  {
    // Layers run one way: route (app/) → domain (lib/<domain>) → adapter; only app/ and lib/api (the HTTP edge)
    // import lib/api, an adapter imports no domain, and components/ui imports only lib/utils (README, Layout).
    files: ["app/**", "components/**", "lib/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: "./app", message: "lib/ never imports a route: pass what it needs in." },
            {
              target: ["./lib/!(api)/**/*", "./lib/*.ts"],
              from: "./lib/api",
              message: "lib/api is the HTTP edge: throw AppError (lib/errors) and let the route answer.",
            },
            ...ADAPTERS.map((adapter) => ({
              target: `./lib/${adapter}`,
              from: [...DOMAINS, "boot"].map((domain) => `./lib/${domain}`),
              message: "An adapter imports no domain module (nor lib/boot, which starts them): the domain calls the adapter.",
            })),
            {
              target: "./components/ui",
              from: ["./lib", "./app", "./components"],
              except: ["./utils.ts", "./ui"],
              message: "components/ui holds primitives: they import only lib/utils.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/env.ts", "playwright.config.ts", "vitest.config.ts", "tests/support/**", "e2e/**", "scripts/bench/**"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
