// The zero-config path: the stand-in as a child process, reporting its address over IPC.
import { afterAll, describe, expect, it } from "vitest";

import { spawnStripeStandinProcess, type StripeStandinProcess } from "@/lib/stripe/stripe-standin-process";

import { sessionParams } from "./support";

let child: StripeStandinProcess | undefined;
afterAll(() => child?.close());

describe("spawnStripeStandinProcess", () => {
  it("starts the stand-in, which the real client then uses, and stops it", async () => {
    const Stripe = (await import("stripe")).default;
    child = await spawnStripeStandinProcess({ port: 0, webhookSecret: "whsec_spawned_test_secret" });
    expect(child.webhookSecret).toBe("whsec_spawned_test_secret");
    const url = new URL(child.url);
    const stripe = new Stripe(child.secretKey, {
      host: url.hostname,
      port: Number(url.port),
      protocol: "http",
      maxNetworkRetries: 0,
      timeout: 5000,
    });
    expect((await stripe.checkout.sessions.create(sessionParams())).status).toBe("open");
    await child.close();
    await expect(fetch(`${child.url}/__standin/health`)).rejects.toThrow();
  });
});
