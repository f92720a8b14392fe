// Stripe's webhook signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "${t}.${body}" keyed by the endpoint
// secret>`, what stripe.webhooks.constructEvent verifies (cjs/Webhooks.js).
import { createHmac } from "node:crypto";

export function signatureHeader(body: string, secrets: readonly string[], timestamp = Math.floor(Date.now() / 1000)): string {
  const signatures = secrets.map((secret) => `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`);
  return [`t=${timestamp}`, ...signatures].join(",");
}
