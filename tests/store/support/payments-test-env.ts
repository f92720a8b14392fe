// A test file's whole payment setup: the Stripe stand-in (over the network), a small HTTP server that hands its
// webhook deliveries to the real route handler, a fresh accounts database (PostgreSQL, or PGlite), the
// in-process job system running the payment jobs, and the environment pointing the app's Stripe client at the
// stand-in. Everything is real except that Stripe is the stand-in.
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll } from "vitest";

import * as webhookRoute from "@/app/api/webhooks/stripe/route";
import { closeDb } from "@/lib/accounts-db/get-db";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";
import { processStripeEventJob } from "@/lib/store/webhooks/jobs/process-stripe-event-job";
import { closeStripeConnection } from "@/lib/stripe/get-stripe";
import { startStripeStandin, type StripeStandin, type StripeStandinOptions } from "@/standins/stripe";
import { createPgliteDir, createPostgresDatabase } from "@/tests/accounts-db/support/test-database";
import { AUTH_TEST_ENV } from "@/tests/auth/support/accounts-test-env";
import { setTestEnv } from "@/tests/support/with-env";

export interface PaymentsTestEnv {
  standin: StripeStandin;
  /** http://127.0.0.1:port/api/webhooks/stripe, served by the real route handler. */
  webhookUrl: string;
  /** Status of every webhook answer the route gave, in order. */
  webhookAnswers: number[];
}

export interface PaymentsTestOptions {
  backend?: "postgres" | "pglite";
  standin?: StripeStandinOptions;
  env?: Record<string, string>;
}

/** Call at the top of a test file; the returned object is filled in by beforeAll. */
export function setUpPayments({ backend = "postgres", standin: standinOptions = {}, env = {} }: PaymentsTestOptions = {}): PaymentsTestEnv {
  const ctx = { webhookAnswers: [] as number[] } as PaymentsTestEnv;
  let receiver: Server | undefined;
  let cleanup: Array<() => Promise<void> | void> = [];
  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const request = new Request(`http://127.0.0.1${req.url}`, {
          method: req.method,
          headers: Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])),
          body: Buffer.concat(chunks),
        });
        void webhookRoute
          .POST(request as never, undefined)
          .then(async (response) => {
            ctx.webhookAnswers.push(response.status);
            res.writeHead(response.status, { "content-type": "application/json" });
            res.end(await response.text());
          })
          .catch(() => {
            res.writeHead(500);
            res.end();
          });
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, "127.0.0.1", resolve));
    ctx.webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/stripe`;
    ctx.standin = await startStripeStandin({
      webhookUrl: ctx.webhookUrl,
      webhookSecret: `whsec_${randomBytes(16).toString("hex")}`,
      ...standinOptions,
    });
    let database: Record<string, string>;
    if (backend === "postgres") {
      const created = await createPostgresDatabase();
      cleanup.push(created.drop);
      database = { DATABASE_URL: created.url };
    } else {
      const created = createPgliteDir();
      cleanup.push(created.remove);
      database = { DATABASE_URL: "", DATA_DIR: created.dir.replace(/\/pglite$/, "") };
    }
    const restore = setTestEnv({
      ...AUTH_TEST_ENV,
      ...database,
      API_RATE_LIMITS: "off",
      JOB_SCHEDULES: "off",
      STRIPE_SECRET_KEY: ctx.standin.secretKey,
      STRIPE_WEBHOOK_SECRET: ctx.standin.webhookSecret,
      STRIPE_API_URL: ctx.standin.url,
      STRIPE_TIMEOUT_MS: "2000",
      SITE_URL: "http://localhost:3000",
      ...env,
    });
    cleanup.unshift(restore);
    await getJobSystem().startWorkers([processStripeEventJob], { payments: { concurrency: 8 } });
  });
  afterAll(async () => {
    await closeJobSystem(1_000);
    await closeStripeConnection();
    await ctx.standin?.close();
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
    await closeDb();
    for (const step of cleanup) await step();
    cleanup = [];
  });
  return ctx;
}
