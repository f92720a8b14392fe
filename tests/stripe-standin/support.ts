// Shared setup for the stand-in tests: a stand-in, the real stripe client pointed at it over the network, and
// a local webhook receiver that verifies each delivery with stripe.webhooks.constructEvent.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import Stripe from "stripe";

import { startStripeStandin, type StripeStandin, type StripeStandinOptions } from "@/standins/stripe";

export function clientFor(standin: StripeStandin, options: { maxNetworkRetries?: number; timeout?: number; key?: string } = {}): Stripe {
  return new Stripe(options.key ?? standin.secretKey, {
    host: "127.0.0.1",
    port: standin.port,
    protocol: "http",
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeout ?? 5000,
  });
}

export interface Receiver {
  url: string;
  /** Verified events in arrival order. */
  events: Stripe.Event[];
  /** Raw deliveries, verified or not. */
  attempts: Array<{ at: number; eventId: string | null; verified: boolean }>;
  /** Answer this status to the next N deliveries (then 200). */
  failNext(count: number, status?: number): void;
  waitFor(predicate: (events: Stripe.Event[]) => boolean, timeoutMs?: number): Promise<Stripe.Event[]>;
  close(): Promise<void>;
}

export async function startReceiver(secret: () => string, stripe: Stripe): Promise<Receiver> {
  let failing = 0;
  let failStatus = 500;
  const events: Stripe.Event[] = [];
  const attempts: Receiver["attempts"] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let event: Stripe.Event | null = null;
      try {
        event = stripe.webhooks.constructEvent(body, String(req.headers["stripe-signature"]), secret());
      } catch {
        event = null;
      }
      attempts.push({ at: Date.now(), eventId: event?.id ?? null, verified: event !== null });
      if (failing > 0) {
        failing--;
        res.writeHead(failStatus).end();
        return;
      }
      if (event) events.push(event);
      res.writeHead(event ? 200 : 400).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    events,
    attempts,
    failNext(count, status = 500) {
      failing = count;
      failStatus = status;
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(events)) {
        if (Date.now() > deadline) throw new Error(`timed out; received ${events.map((e) => e.type).join(", ")}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return events;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A stand-in with a receiver subscribed to every event. */
export async function startWithReceiver(options: StripeStandinOptions = {}) {
  let secret = "";
  const verifier = new Stripe("sk_test_unused");
  const receiver = await startReceiver(() => secret, verifier);
  const standin = await startStripeStandin({ webhookUrl: receiver.url, ...options });
  secret = standin.webhookSecret;
  const stripe = clientFor(standin);
  return { standin, receiver, stripe, close: async () => Promise.all([standin.close(), receiver.close()]) };
}

export async function control<T = unknown>(
  standin: StripeStandin,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${standin.url}/__standin${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export const inHalfAnHour = () => Math.floor(Date.now() / 1000) + 31 * 60;

export function sessionParams(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    line_items: [
      { price_data: { currency: "usd", unit_amount: 1999, product_data: { name: "Chrono Trigger" } }, quantity: 1 },
      { price_data: { currency: "usd", unit_amount: 499, product_data: { name: "Tetris" } }, quantity: 2 },
    ],
    success_url: "http://shop.test/orders/o1?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://shop.test/cart",
    client_reference_id: "o1",
    metadata: { order_id: "o1" },
    payment_intent_data: { metadata: { order_id: "o1" } },
    expires_at: inHalfAnHour(),
    ...overrides,
  };
}
