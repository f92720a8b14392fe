// Zero-config mode (STRIPE_SECRET_KEY unset) runs the Stripe stand-in as a child process
// (scripts/stripe-standin.ts), so the app's real stripe client talks to it over the network as it would to Stripe,
// and its webhook deliveries arrive through the app's HTTP route like Stripe's.
import { spawnReadyChild } from "@/lib/child-process/spawn-ready-child";

export interface StripeStandinProcess {
  /** STRIPE_API_URL: http://host:port */
  url: string;
  secretKey: string;
  webhookSecret: string;
  close(): Promise<void>;
}

export interface SpawnStripeStandinOptions {
  /** 0 = any free port (STRIPE_STANDIN_PORT). */
  port: number;
  /** The app's POST /api/webhooks/stripe; every event is delivered there. */
  webhookUrl?: string;
  /** whsec_…; default a random one, answered in the result. */
  webhookSecret?: string;
}

const START_TIMEOUT_MS = 30_000;

export async function spawnStripeStandinProcess({
  port,
  webhookUrl,
  webhookSecret,
}: SpawnStripeStandinOptions): Promise<StripeStandinProcess> {
  const args = ["--port", String(port)];
  if (webhookUrl) args.push("--webhook-url", webhookUrl);
  if (webhookSecret) args.push("--webhook-secret", webhookSecret);
  const child = await spawnReadyChild<Omit<StripeStandinProcess, "close">>({
    label: "the Stripe stand-in",
    script: "stripe-standin",
    args,
    startTimeoutMs: START_TIMEOUT_MS,
  });
  return { ...child.ready, close: child.close };
}
