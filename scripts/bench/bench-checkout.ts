// npm run bench:checkout – the purchase path end to end against the Stripe stand-in (a child process, as in
// zero-config, so it answers on its own event loop): N concurrent checkouts (create → pay through the control
// route → signed webhook → job → fulfilled), a storm of duplicate deliveries of one event, and webhook
// acknowledgement times. PostgreSQL (127.0.0.1:5432, a fresh database) when it answers, else PGlite.
//
// What serves the webhook: the app's own intake (receiveStripeWebhook, which the route handler calls) behind a
// small node:http server, not `next start`. A Next build takes minutes and adds its router to every number;
// the intake, the job system, the Stripe client and the database are the same code either way, and Next's own
// overhead is what `npm run bench:http` measures.
//
// Checkout creation is compared with the gateway's own latency in the same run: a bare
// stripe.checkout.sessions.create of the same shape, alternated with our checkouts after a warm-up, so both
// see the same machine state. Targets: creation p99 ≤ gateway p99 + 50 ms; payment → fulfilled p99 ≤ 1 s;
// webhook acknowledgement p99 ≤ 20 ms. Last line: one JSON object.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { closeDb, getDb } from "@/lib/accounts-db/get-db";
import { resetEnvForTests } from "@/lib/env";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";
import { startCheckout } from "@/lib/store/checkout/start-checkout";
import { processStripeEventJob } from "@/lib/store/webhooks/jobs/process-stripe-event-job";
import { receiveStripeWebhook } from "@/lib/store/webhooks/receive-stripe-webhook";
import { closeStripeConnection, getStripe } from "@/lib/stripe/get-stripe";
import { spawnStripeStandinProcess } from "@/lib/stripe/stripe-standin-process";

const N = Number(process.env.BENCH_CHECKOUTS ?? 50);
const STORM = Number(process.env.BENCH_STORM ?? 1_000);
const ALTERNATIONS = Number(process.env.BENCH_ALTERNATIONS ?? 30);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 100) / 100;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stderr.write(`${line}\n`);

async function adminQuery(sql: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query(sql);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "questlog-bench-checkout-"));
  const dbName = `questlog_bench_${randomBytes(5).toString("hex")}`;
  const postgres = await adminQuery(`CREATE DATABASE ${dbName}`);
  const databaseUrl = postgres ? Object.assign(new URL(ADMIN_URL), { pathname: `/${dbName}` }).toString() : "";

  // The app's webhook intake on a port of its own; each answer's time is taken around the intake call.
  const ackMs: number[] = [];
  const server = createServer((req, res) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      receiveStripeWebhook(Buffer.concat(chunks).toString("utf8"), String(req.headers["stripe-signature"] ?? ""))
        .then((receipt) => {
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(receipt));
          ackMs.push(performance.now() - started);
        })
        .catch((error: unknown) => {
          res.writeHead(400).end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/stripe`;
  const standin = await spawnStripeStandinProcess({ port: 0, webhookUrl });

  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    REDIS_URL: "",
    STRIPE_SECRET_KEY: standin.secretKey,
    STRIPE_WEBHOOK_SECRET: standin.webhookSecret,
    STRIPE_API_URL: standin.url,
    SITE_URL: "http://localhost:3000",
    JOB_SCHEDULES: "off",
    API_RATE_LIMITS: "off",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  });
  resetEnvForTests();
  const control = async (method: string, route: string, body?: unknown) => {
    const res = await fetch(`${standin.url}/__standin${route}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as Record<string, unknown>;
  };

  try {
    const db = await getDb();
    await getJobSystem().startWorkers([processStripeEventJob], { payments: { concurrency: 8 } });
    const stripe = await getStripe();
    const gameIds = Array.from({ length: 3 }, (_, i) => 9_000_001 + i);
    for (const gameId of gameIds) {
      await db.listing.create({ data: { gameId, prices: { create: [{ currency: "USD", amount: "19.99" }] } } });
    }
    const newBuyer = async () => {
      const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.test` } });
      await db.cart.create({ data: { userId: user.id, items: { create: gameIds.map((gameId) => ({ gameId })) } } });
      return { id: user.id, email: user.email };
    };
    const gatewayCreate = () =>
      stripe.checkout.sessions.create(
        {
          mode: "payment",
          line_items: gameIds.map(() => ({
            quantity: 1,
            price_data: { currency: "usd", unit_amount: 1999, product_data: { name: "Bench" } },
          })),
          client_reference_id: "bench",
          metadata: { order_id: "bench" },
          payment_intent_data: { metadata: { order_id: "bench" } },
          expires_at: Math.floor(Date.now() / 1000) + 31 * 60,
          success_url: "http://localhost:3000/ok",
          cancel_url: "http://localhost:3000/cart",
        },
        { idempotencyKey: `bench:${randomUUID()}` },
      );

    // Warm-up, then our checkout and the bare gateway call alternately.
    for (let i = 0; i < 5; i++) {
      await gatewayCreate();
      await startCheckout(await newBuyer(), "USD");
    }
    const gatewayMs: number[] = [];
    const sequentialMs: number[] = [];
    for (let i = 0; i < ALTERNATIONS; i++) {
      let t = performance.now();
      await gatewayCreate();
      gatewayMs.push(performance.now() - t);
      const buyer = await newBuyer();
      t = performance.now();
      await startCheckout(buyer, "USD");
      sequentialMs.push(performance.now() - t);
    }
    log(`alternated ${ALTERNATIONS}: gateway p50 ${pct(gatewayMs, 50)} ms, checkout p50 ${pct(sequentialMs, 50)} ms`);

    // N concurrent checkouts, each paid as soon as it has its session. One poller (a query every 5 ms for all
    // orders paid but not yet seen fulfilled) times payment → fulfilled, so the bench's own reads stay out of
    // the way of the pool the checkouts and the jobs share.
    const buyers = await Promise.all(Array.from({ length: N }, newBuyer));
    const createMs: number[] = [];
    const lagMs: number[] = [];
    const orderIds: string[] = [];
    const paidAt = new Map<string, number>();
    let polling = true;
    const poller = (async () => {
      while (polling || paidAt.size > 0) {
        if (paidAt.size > 0) {
          const done = await db.order.findMany({ where: { id: { in: [...paidAt.keys()] }, status: "paid" }, select: { id: true } });
          const now = performance.now();
          for (const { id } of done) {
            lagMs.push(now - paidAt.get(id)!);
            paidAt.delete(id);
          }
        }
        await sleep(5);
      }
    })();
    const wallStart = performance.now();
    await Promise.all(
      buyers.map(async (buyer) => {
        const t = performance.now();
        const started = await startCheckout(buyer, "USD");
        createMs.push(performance.now() - t);
        orderIds.push(started.order_id);
        const sessionId = started.checkout_url.split("/").at(-1)!;
        await control("POST", `/checkout/sessions/${sessionId}/pay`, { card: "4242424242424242" });
        paidAt.set(started.order_id, performance.now());
      }),
    );
    polling = false;
    await Promise.race([poller, sleep(30_000)]);
    const wallMs = performance.now() - wallStart;
    log(`${N} concurrent checkouts end to end in ${Math.round(wallMs)} ms`);

    // The storm: one paid order's completed event delivered STORM more times, concurrently.
    const target = orderIds[0]!;
    const targetSession = (await db.order.findUniqueOrThrow({ where: { id: target } })).checkoutSessionId!;
    const events = (await control("GET", "/events?type=checkout.session.completed")) as {
      data: Array<{ id: string; data: { object: { id: string } } }>;
    };
    const event = events.data.find((e) => e.data.object.id === targetSession)!;
    const acksBefore = ackMs.length;
    const stormStart = performance.now();
    await control("POST", `/events/${event.id}/redeliver`, { times: STORM });
    while (ackMs.length - acksBefore < STORM && performance.now() - stormStart < 60_000) await sleep(10);
    const stormMs = performance.now() - stormStart;
    await sleep(500); // any job a duplicate could have started
    const fulfilmentsOfTarget = await db.outboxEvent.count({ where: { aggregateId: target, type: "order.paid" } });
    const paidEvents = await db.outboxEvent.groupBy({
      by: ["aggregateId"],
      where: { type: "order.paid", aggregateId: { in: orderIds } },
      _count: true,
    });
    const maxFulfilmentsPerOrder = Math.max(...paidEvents.map((row) => row._count));
    const paymentsOfTarget = await db.payment.count({ where: { orderId: target } });

    const stormAcks = ackMs.slice(acksBefore);
    const result = {
      backend: postgres ? "postgresql" : "pglite",
      webhook_server: "receiveStripeWebhook behind node:http (no next start)",
      checkouts: N,
      checkout_create_p50_ms: pct(createMs, 50),
      checkout_create_p99_ms: pct(createMs, 99),
      checkout_sequential_p50_ms: pct(sequentialMs, 50),
      checkout_sequential_p99_ms: pct(sequentialMs, 99),
      gateway_create_p50_ms: pct(gatewayMs, 50),
      gateway_create_p99_ms: pct(gatewayMs, 99),
      checkout_over_gateway_p99_ms: Math.round((pct(sequentialMs, 99) - pct(gatewayMs, 99)) * 100) / 100,
      payment_to_fulfilled_p50_ms: pct(lagMs, 50),
      payment_to_fulfilled_p99_ms: pct(lagMs, 99),
      all_fulfilled: lagMs.length === N,
      storm_deliveries: STORM,
      storm_acknowledged: stormAcks.length,
      storm_ms: Math.round(stormMs),
      fulfilments_of_storm_order: fulfilmentsOfTarget,
      payments_of_storm_order: paymentsOfTarget,
      max_fulfilments_per_order: maxFulfilmentsPerOrder,
      webhook_ack_p50_ms: pct(ackMs, 50),
      webhook_ack_p99_ms: pct(ackMs, 99),
      webhook_acks: ackMs.length,
    };
    console.log(JSON.stringify(result));
  } finally {
    await closeJobSystem(1_000).catch(() => {});
    await closeStripeConnection().catch(() => {});
    await closeDb().catch(() => {});
    await standin.close();
    server.close();
    server.closeAllConnections();
    if (postgres) await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
