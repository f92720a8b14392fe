import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone (server.js plus the traced node_modules) for the Docker image;
  // scripts/assemble-standalone.ts copies in what tracing cannot see (docs/deployment.md). `next start` still
  // serves the same build for `npm start` and the e2e server.
  output: "standalone",
  // better-sqlite3 is a native addon: it must be required at run time, never bundled.
  // BullMQ loads its Lua scripts from its package directory at run time, so it (and ioredis) stay external too.
  // @node-rs/argon2 is a native addon too (a prebuilt .node per platform).
  // prom-client reads process and GC figures through Node's own modules; bundling it gains nothing.
  serverExternalPackages: ["better-sqlite3", "pino", "bullmq", "ioredis", "@node-rs/argon2", "prom-client"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() in /admin pages answers a real 403 with app/forbidden.tsx, not a 200 with an error message.
  experimental: { authInterrupts: true },
};

export default nextConfig;
