import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: it must be required at run time, never bundled.
  // BullMQ loads its Lua scripts from its package directory at run time, so it (and ioredis) stay external too.
  // @node-rs/argon2 is a native addon too (a prebuilt .node per platform).
  serverExternalPackages: ["better-sqlite3", "pino", "bullmq", "ioredis", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
