// npm run stripe:standin [-- --port 12111] [-- --host 127.0.0.1] [-- --webhook-url URL] [-- --webhook-secret whsec_…]
//                        [-- --secret-key sk_test_…] [-- --latency-ms 0]
// Runs the local Stripe stand-in and prints how to point the app at it.
import { parseArgs } from "node:util";

import { startStripeStandin } from "@/standins/stripe";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "12111" },
    host: { type: "string", default: "127.0.0.1" },
    "webhook-url": { type: "string" },
    "webhook-secret": { type: "string" },
    "secret-key": { type: "string" },
    "latency-ms": { type: "string", default: "0" },
  },
});

function numberFlag(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

for (const [flag, prefix] of [
  ["webhook-secret", "whsec_"],
  ["secret-key", "sk_test_"],
] as const) {
  const value = values[flag];
  if (value !== undefined && !value.startsWith(prefix)) {
    console.error(`--${flag} must start with ${prefix}`);
    process.exit(2);
  }
}

const standin = await startStripeStandin({
  host: values.host,
  port: numberFlag("port", values.port, 0),
  latencyMs: numberFlag("latency-ms", values["latency-ms"], 0),
  ...(values["webhook-url"] ? { webhookUrl: values["webhook-url"] } : {}),
  ...(values["webhook-secret"] ? { webhookSecret: values["webhook-secret"] } : {}),
  ...(values["secret-key"] ? { secretKey: values["secret-key"] } : {}),
});

console.log(`Stripe stand-in on ${standin.url}
  API         ${standin.url}/v1
  pay page    ${standin.url}/c/pay/{session_id}
  control     ${standin.url}/__standin/stats (see standins/stripe/README.md)
  webhooks    ${values["webhook-url"] ?? "(none: pass --webhook-url, or POST /v1/webhook_endpoints)"}

Point the app at it:
  STRIPE_API_URL=${standin.url} STRIPE_SECRET_KEY=${standin.secretKey} STRIPE_WEBHOOK_SECRET=${standin.webhookSecret}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping the stand-in`);
    void standin.close().then(() => process.exit(0));
  });
}

// Spawned by the zero-config server (lib/stripe/stripe-standin-process.ts): report the address over IPC, and
// stop with the parent, whose exit closes the channel.
if (process.send) {
  process.send({ url: standin.url, secretKey: standin.secretKey, webhookSecret: standin.webhookSecret });
  process.once("disconnect", () => void standin.close().then(() => process.exit(0)));
}
