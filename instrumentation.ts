// Runs once per server process. Node-only work (SQLite, the search index) stays off the edge runtime.
export async function register() {
  // NEXT_RUNTIME is a build-time constant that Next inlines, not configuration: reading it here (and not
  // through lib/env) is what lets the bundler drop the Node-only import from the edge bundle.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("@/lib/boot/start-server")).startServer();
}
