// npm run bench:deal-alerts – deal alerts at scale on real PostgreSQL (127.0.0.1:5432, a fresh database, dropped
// afterwards): seeds BENCH_ENTRIES (100,000) wishlist entries over BENCH_USERS players (20,000) and BENCH_GAMES
// games (2,000), one "hot" game wished by every player, thresholds, and some players on the daily digest, off,
// or opted into all-time-low alerts; then a sale starts on every game: one price.changed per game delivered
// through the consumer's own path (applyEventOnce → deal-alerts consumer), BENCH_CONCURRENCY at a time as a
// broker's deliveries would; then the instant sender drains, then the daily digest runs.
//
// Mails are rendered and sealed exactly as for the email.send job (toQueuedMail), then dropped: queueing 100,000
// jobs in the in-process runner would measure that runner's memory, not ours (in production they wait in Redis).
//
// Memory: process.memoryUsage() sampled every 10 ms, reported as the peak over the baseline taken after
// seeding, per phase, with resourceUsage().maxRSS. Bounded means the peaks do not grow with the number of
// alerts: the consumer moves no wishlist row into Node (INSERT … SELECT), and the senders hold one batch at a
// time; run with BENCH_ENTRIES=10000 to compare. Last line: one JSON object.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { closeDb, getDb } from "@/lib/accounts-db/get-db";
import { resetEnvForTests } from "@/lib/env";
import { applyEventOnce } from "@/lib/events/apply-event-once";
import type { StoreEventEnvelope } from "@/lib/events/store-events";
import { closeJobSystem } from "@/lib/jobs/get-job-system";
import { toQueuedMail } from "@/lib/mail/send-email-job";
import { dealAlertsConsumer } from "@/lib/store/deal-alerts/deal-alerts-consumer";
import { sendDealAlertDigests } from "@/lib/store/deal-alerts/send-deal-alert-digests";
import { sendInstantDealAlerts, type QueueMail } from "@/lib/store/deal-alerts/send-instant-deal-alerts";

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 100_000);
const USERS = Number(process.env.BENCH_USERS ?? Math.max(1, Math.round(ENTRIES / 5)));
const GAMES = Number(process.env.BENCH_GAMES ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const FIRST_GAME = 8_000_001;
const log = (line: string) => process.stderr.write(`${line}\n`);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

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

/** Peak RSS and heap while `run` runs, over the values just before it. */
async function measured<T>(
  run: () => Promise<T>,
): Promise<{ result: T; ms: number; peakRssMb: number; peakHeapMb: number; rssGrowthMb: number; heapGrowthMb: number }> {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  const started = performance.now();
  try {
    const result = await run();
    const ms = Math.round(performance.now() - started);
    const after = process.memoryUsage();
    peakRss = Math.max(peakRss, after.rss);
    peakHeap = Math.max(peakHeap, after.heapUsed);
    return {
      result,
      ms,
      peakRssMb: mb(peakRss),
      peakHeapMb: mb(peakHeap),
      rssGrowthMb: mb(peakRss - before.rss),
      heapGrowthMb: mb(peakHeap - before.heapUsed),
    };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const dbName = `questlog_bench_${randomBytes(5).toString("hex")}`;
  if (!(await adminQuery(`CREATE DATABASE ${dbName}`)))
    throw new Error(`bench:deal-alerts needs PostgreSQL at ${ADMIN_URL} (TEST_DATABASE_URL)`);
  const dataDir = mkdtempSync(path.join(tmpdir(), "questlog-bench-deal-alerts-"));
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URL: Object.assign(new URL(ADMIN_URL), { pathname: `/${dbName}` }).toString(),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    REDIS_URL: "",
    SITE_URL: "http://localhost:3000",
    JOB_SCHEDULES: "off",
    STORE_DEMO_LISTINGS: "off",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  });
  resetEnvForTests();
  try {
    const db = await getDb();
    const hot = FIRST_GAME;
    const perUser = Math.max(1, Math.round(ENTRIES / USERS));
    log(`seeding ${USERS} players × ${perUser} wishlist entries over ${GAMES} games …`);
    const seedStarted = performance.now();
    // Set-based seeding: every player wishes the hot game, then perUser − 1 others spread over the catalogue
    // (stride 389 is coprime with the game count's usual values, so a player's games are distinct).
    await db.$executeRawUnsafe(`
      INSERT INTO "User" (id, email, "updatedAt")
      SELECT 'benchuser' || g, 'bench-' || g || '@example.test', now() FROM generate_series(1, ${USERS}) g`);
    await db.$executeRawUnsafe(`
      INSERT INTO "Listing" (id, "gameId", "updatedAt") SELECT 'benchlisting' || g, ${FIRST_GAME - 1} + g, now() FROM generate_series(1, ${GAMES}) g`);
    await db.$executeRawUnsafe(`
      INSERT INTO "ListingPrice" ("listingId", currency, amount, "updatedAt") SELECT id, 'USD', 19.99, now() FROM "Listing"`);
    await db.$executeRawUnsafe(`
      INSERT INTO "PriceChange" (id, "listingId", currency, price, "regularPrice", "discountPercent", "effectiveFrom")
      SELECT 'benchpc0-' || id, id, 'USD', 19.99, 19.99, 0, now() - interval '30 days' FROM "Listing"`);
    await db.$executeRawUnsafe(`
      INSERT INTO "WishlistEntry" (id, "userId", "gameId", "priceDropThreshold", currency, "updatedAt")
      SELECT 'benchwish' || u || '-' || k, 'benchuser' || u,
             CASE WHEN k = 0 THEN ${hot} ELSE ${FIRST_GAME} + 1 + ((u * 7 + k * 389) % (${GAMES} - 1)) END,
             CASE WHEN (u + k) % 10 = 0 THEN NULL ELSE 5 + (u + k) % 15 END,
             CASE WHEN (u + k) % 10 = 0 THEN NULL ELSE 'USD' END,
             now()
      FROM generate_series(1, ${USERS}) u, generate_series(0, ${perUser - 1}) k
      ON CONFLICT DO NOTHING`);
    // 20% daily digest, 5% off, 10% all-time-low opt-in (USD), the rest instant by default.
    await db.$executeRawUnsafe(`
      INSERT INTO "DealAlertPreference" ("userId", mode, "allTimeLow", currency, "updatedAt")
      SELECT 'benchuser' || g,
             (CASE WHEN g % 20 = 0 THEN 'off' WHEN g % 5 = 0 THEN 'daily' ELSE 'instant' END)::"DealAlertMode",
             g % 10 = 3, 'USD', now()
      FROM generate_series(1, ${USERS}) g WHERE g % 20 = 0 OR g % 5 = 0 OR g % 10 = 3`);
    const entries = await db.wishlistEntry.count();
    const seedMs = Math.round(performance.now() - seedStarted);
    log(`seeded ${entries} entries in ${seedMs} ms; a 50% sale starts on ${GAMES} games …`);

    // The sale: a new PriceChange per game (9.99, a new all-time low) and its event, as the emitter writes them.
    const effectiveFrom = new Date();
    await db.$executeRaw`
      INSERT INTO "PriceChange" (id, "listingId", currency, price, "regularPrice", "discountPercent", "effectiveFrom")
      SELECT 'benchpc1-' || id, id, 'USD', 9.99, 19.99, 50, ${effectiveFrom} FROM "Listing"`;
    const envelopes = Array.from({ length: GAMES }, (_, i): StoreEventEnvelope<"price.changed"> => {
      const listingId = `benchlisting${i + 1}`;
      return {
        id: randomUUID(),
        type: "price.changed",
        version: 1,
        aggregate_id: listingId,
        occurred_at: effectiveFrom.toISOString(),
        data: {
          price_change_id: `benchpc1-${listingId}`,
          game_id: FIRST_GAME + i,
          currency: "USD",
          price: "9.99",
          regular_price: "19.99",
          discount_percent: 50,
          previous_price: "19.99",
          all_time_low: true,
          effective_from: effectiveFrom.toISOString(),
        },
      };
    });
    const apply = applyEventOnce(db, { timeoutMs: 120_000 });
    const perEventMs: number[] = [];
    const create = await measured(async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < envelopes.length) {
            const envelope = envelopes[next++]!;
            const started = performance.now();
            await apply(dealAlertsConsumer, envelope as StoreEventEnvelope);
            perEventMs.push(performance.now() - started);
          }
        }),
      );
      return db.dealAlert.count();
    });
    const alerts = create.result;
    const redelivery = await measured(async () => {
      let duplicates = 0;
      for (const envelope of envelopes.slice(0, 100))
        if ((await apply(dealAlertsConsumer, envelope as StoreEventEnvelope)) === "duplicate") duplicates++;
      return { duplicates, alertsAfter: await db.dealAlert.count() };
    });
    log(`${alerts} alerts from ${GAMES} events in ${create.ms} ms; draining the instant alerts …`);

    let mails = 0;
    let sealedBytes = 0;
    const sink: QueueMail = async (message) => {
      const queued = toQueuedMail(message);
      sealedBytes += "body" in queued ? queued.body.length : 0;
      mails++;
    };
    const drain = await measured(() => sendInstantDealAlerts({ batchSize: BATCH, queueMail: sink }));
    const instantMails = mails;
    const digest = await measured(() => sendDealAlertDigests({ queueMail: sink }));
    const unsent = await db.dealAlert.count({ where: { sentAt: null } });
    const sorted = [...perEventMs].sort((a, b) => a - b);
    const result = {
      bench: "deal-alerts",
      backend: "postgres",
      entries,
      users: USERS,
      games: GAMES,
      hot_game_entries: USERS,
      events: GAMES,
      concurrency: CONCURRENCY,
      seed_ms: seedMs,
      alerts,
      create_ms: create.ms,
      alerts_per_s: Math.round((alerts / create.ms) * 1000),
      event_p50_ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
      event_max_ms: Math.round(sorted.at(-1) ?? 0),
      redelivered_100: redelivery.result,
      instant_mails: instantMails,
      drain_ms: drain.ms,
      mails_per_s: Math.round((instantMails / drain.ms) * 1000),
      drain_batches: drain.result.batches,
      dropped_off: drain.result.dropped,
      digests: digest.result.digests,
      digest_alerts: digest.result.alerts,
      digest_ms: digest.ms,
      unsent_after: unsent,
      avg_sealed_mail_bytes: Math.round(sealedBytes / Math.max(1, mails)),
      memory_mb: {
        create: {
          peak_rss: create.peakRssMb,
          peak_heap: create.peakHeapMb,
          rss_growth: create.rssGrowthMb,
          heap_growth: create.heapGrowthMb,
        },
        drain: { peak_rss: drain.peakRssMb, peak_heap: drain.peakHeapMb, rss_growth: drain.rssGrowthMb, heap_growth: drain.heapGrowthMb },
        digest: {
          peak_rss: digest.peakRssMb,
          peak_heap: digest.peakHeapMb,
          rss_growth: digest.rssGrowthMb,
          heap_growth: digest.heapGrowthMb,
        },
        max_rss: mb(process.resourceUsage().maxRSS * 1024),
      },
      batch_size: BATCH,
    };
    log(
      `alerts: ${alerts} in ${create.ms} ms (${result.alerts_per_s}/s); instant mails: ${instantMails} in ${drain.ms} ms; digests: ${digest.result.digests} in ${digest.ms} ms; max RSS ${result.memory_mb.max_rss} MB`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await closeJobSystem().catch(() => {});
    await closeDb().catch(() => {});
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
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
