import type { NextConfig } from "next";

import { getEnv, isStartBuild } from "./lib/env";
import { buildSecurityHeaders } from "./lib/security/build-security-headers";
import { PRERENDERED_PAGE_SOURCES } from "./lib/security/classify-response-kind";
import { listFormActionOrigins } from "./lib/security/list-form-action-origins";

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone (server.js plus the traced node_modules) for the Docker image;
  // scripts/assemble-standalone.ts copies in what tracing cannot see (docs/deployment.md). `next start` still
  // serves the same build for `npm start` and the e2e server.
  output: "standalone",
  // better-sqlite3 is a native addon: it must be required at run time, never bundled.
  // BullMQ loads its Lua scripts from its package directory at run time, so it (and ioredis) stay external too.
  // @node-rs/argon2 is a native addon too (a prebuilt .node per platform).
  // prom-client reads process and GC figures through Node's own modules; bundling it gains nothing.
  // amqplib (RabbitMQ, the store event relay) is a CommonJS client over net/tls: like ioredis, required at run time.
  serverExternalPackages: ["better-sqlite3", "pino", "bullmq", "ioredis", "@node-rs/argon2", "prom-client", "amqplib"],
  poweredByHeader: false,
  // Next hashes every page it sends, in JavaScript, for its ETag: a CPU profile of a prerendered game page (65 KB)
  // under load put 28% of the server's time there, about 1.2 ms a request, more than serving it. The pages are
  // cached by s-maxage (a CDN in front) and refreshed by ISR; a browser's conditional reload is not worth that.
  generateEtags: false,
  // `npm start`'s own build leaves type checking to `npm test` (lib/env.ts, isStartBuild); `npm run build` keeps it.
  typescript: { ignoreBuildErrors: isStartBuild() },
  reactStrictMode: true,
  // forbidden() in /admin pages answers a real 403 with app/forbidden.tsx, not a 200 with an error message.
  experimental: { authInterrupts: true },
  // The sitemap index lives at /sitemap-index.xml (app/sitemap-index.xml/route.ts): Next serves the children of
  // app/sitemap.ts's generateSitemaps but no index, and refuses a route at /sitemap.xml beside that file
  // ("Conflicting route and metadata"). /sitemap.xml, the URL robots.txt names and crawlers guess, is rewritten to it.
  async rewrites() {
    return { beforeFiles: [{ source: "/sitemap.xml", destination: "/sitemap-index.xml" }], afterFiles: [], fallback: [] };
  },
  // Prerendered pages get their security headers here, not from proxy.ts (whose matcher skips them): their
  // policy has no per-request part, and running the proxy halved their throughput. Evaluated by `next build`,
  // so HSTS on these pages follows the build's SITE_URL, like their canonical URLs do; proxy.ts sends it on
  // every other response from the running server's SITE_URL (one response is enough: HSTS covers the host).
  async headers() {
    const env = getEnv();
    const headers = buildSecurityHeaders({
      kind: "prerendered",
      https: env.SITE_URL?.startsWith("https:") ?? false,
      formActionOrigins: listFormActionOrigins(env),
      dev: env.NODE_ENV === "development",
    });
    const list = Object.entries(headers).map(([key, value]) => ({ key, value }));
    return PRERENDERED_PAGE_SOURCES.map((source) => ({ source, headers: list }));
  },
};

export default nextConfig;
