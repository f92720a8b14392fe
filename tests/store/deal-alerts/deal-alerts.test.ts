// Deal alerts on a fresh PostgreSQL database: price.changed delivered through the consumer's dedupe path makes one
// alert per drop per player (none on an unchanged or higher price, none for owners, none when off), the instant
// sender mails each once, the daily digest groups a day's alerts, and a real mail lands in the dev outbox with
// the RFC 8058 headers.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { QUEUE_OPTIONS } from "@/lib/boot/job-registry";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";
import { getOutboxMessage, listOutboxMessages, sendMailInputSchema } from "@/lib/mail";
import { sendEmailJob } from "@/lib/mail/send-email-job";
import { createDealAlerts } from "@/lib/store/deal-alerts/create-deal-alerts";
import { renderDealAlert, renderDealAlertDigest } from "@/lib/store/deal-alerts/render-deal-alert-emails";
import { sendDealAlertDigests } from "@/lib/store/deal-alerts/send-deal-alert-digests";
import { sendInstantDealAlerts } from "@/lib/store/deal-alerts/send-instant-deal-alerts";
import { setDealAlertPreferences } from "@/lib/store/deal-alerts/set-deal-alert-preferences";
import { createUser } from "@/tests/auth/support/users";
import { waitFor } from "@/tests/jobs/job-test-helpers";

import { setUpStoreDatabase } from "../pricing/support/store-database";
import { catalogGameIds } from "../support/store-fixtures";
import { alertsOf, deal, deliver, entitle, mailSink, nextPrice, wish } from "./support/deal-alert-fixtures";

const dataDir = mkdtempSync(path.join(tmpdir(), "questlog-deal-alerts-"));
setUpStoreDatabase("postgres", { DATA_DIR: dataDir, SITE_URL: "http://questlog.test", SMTP_URL: "", JOB_SCHEDULES: "off" });
afterAll(() => closeJobSystem());

// Each test its own games, so one test's alerts never meet another's.
const games = catalogGameIds(40, 200);
let nextGame = 0;
const freshGame = () => games[nextGame++]!;

/** Sends whatever instant alerts wait (all tests' alike, so each test reads only its own user's mails). */
const drain = async () => {
  const sink = mailSink();
  await sendInstantDealAlerts({ queueMail: sink.queueMail });
  return sink.mails;
};

describe("rendering", () => {
  it("says the game, old → new price, discount, link and all-time low, escaped in HTML and with a plain-text part", () => {
    const links = { wishlistUrl: "https://questlog.test/wishlist", unsubscribeUrl: "https://questlog.test/unsubscribe?token=u.x" };
    const mail = renderDealAlert(deal({ allTimeLow: true }), links);
    expect(mail.subject).toBe("Chrono <Trigger> is now $9.99 (all-time low)");
    expect(mail.text).toContain("Chrono <Trigger>: $19.99 → $9.99 (−50%) · all-time low");
    expect(mail.text).toContain("https://questlog.test/games/chrono-trigger");
    expect(mail.text).toContain("Unsubscribe from deal alerts: https://questlog.test/unsubscribe?token=u.x");
    expect(mail.html).toContain("Chrono &lt;Trigger&gt;");
    expect(mail.html).not.toContain("<Trigger>");
    expect(mail.html).toContain('href="https://questlog.test/unsubscribe?token=u.x"');
  });

  it("lists a digest's deepest discounts first and counts what it does not list", () => {
    const links = { wishlistUrl: "https://q.test/wishlist", unsubscribeUrl: "https://q.test/unsubscribe?token=t" };
    const mail = renderDealAlertDigest(
      [deal({ title: "Small", discountPercent: 10 }), deal({ title: "Big", discountPercent: 75 })],
      links,
      60,
    );
    expect(mail.subject).toBe("Today's deals on your wishlist: 60 drops");
    expect(mail.text.indexOf("Big")).toBeLessThan(mail.text.indexOf("Small"));
    expect(mail.text).toContain("…and 58 more on your wishlist.");
  });
});

describe("mail headers", () => {
  it("carry only the unsubscribe pair: no caller can add Bcc or smuggle a second header line", () => {
    const base = { to: "ada@example.com", subject: "Deal", text: "x" };
    expect(sendMailInputSchema.safeParse({ ...base, headers: { "List-Unsubscribe": "<https://q.test/u>" } }).success).toBe(true);
    expect(sendMailInputSchema.safeParse({ ...base, headers: { Bcc: "eve@example.com" } }).success).toBe(false);
    expect(
      sendMailInputSchema.safeParse({ ...base, headers: { "List-Unsubscribe": "<https://q.test/u>\r\nBcc: eve@example.com" } }).success,
    ).toBe(false);
  });
});

describe("the deal-alerts consumer and the instant sender", () => {
  it("makes one alert per drop to or below the threshold, mails it once, and none for an unchanged or higher price", async () => {
    const gameId = freshGame();
    const player = await createUser("deals");
    const above = await createUser("deals-above");
    await wish(player.id, gameId, { amount: "15.00", currency: "USD" });
    await wish(above.id, gameId, { amount: "5.00", currency: "USD" });
    await deliver(await nextPrice(gameId, "USD", "19.99"));
    expect(await alertsOf(player.id)).toHaveLength(0); // a first price is no drop

    await deliver(await nextPrice(gameId, "USD", "14.99", { regular: "19.99", percent: 25 }));
    const [alert, ...rest] = await alertsOf(player.id);
    expect(rest).toHaveLength(0);
    expect(alert).toMatchObject({ kind: "threshold", mode: "instant", currency: "USD", discountPercent: 25, sentAt: null });
    expect(alert!.price.toFixed(2)).toBe("14.99");
    expect(await alertsOf(above.id)).toHaveLength(0);

    const mails = (await drain()).filter((mail) => mail.to === player.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ key: `deal-alert:${alert!.id}`, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } });
    expect(mails[0]!.text).toContain("$19.99 → $14.99 (−25%)");
    expect(mails[0]!.headers!["List-Unsubscribe"]).toMatch(/^<http:\/\/questlog\.test\/api\/deal-alerts\/unsubscribe\?token=[^>]+>$/);
    expect((await alertsOf(player.id))[0]!.sentAt).not.toBeNull();
    expect((await drain()).filter((mail) => mail.to === player.email)).toHaveLength(0); // sent once

    await deliver(await nextPrice(gameId, "USD", "14.99", { regular: "19.99", percent: 25 })); // unchanged
    await deliver(await nextPrice(gameId, "USD", "17.99", { regular: "19.99", percent: 10 })); // higher
    expect(await alertsOf(player.id)).toHaveLength(1);
    await deliver(await nextPrice(gameId, "EUR", "4.99")); // another currency than the threshold's
    await deliver(await nextPrice(gameId, "EUR", "3.99"));
    expect(await alertsOf(player.id)).toHaveLength(1);
  });

  it("makes no second alert for a redelivered event, delivered 10 times at once or replayed past the dedupe row", async () => {
    const gameId = freshGame();
    const player = await createUser("redelivery");
    await wish(player.id, gameId, { amount: "10.00", currency: "USD" });
    await deliver(await nextPrice(gameId, "USD", "19.99"));
    const drop = await nextPrice(gameId, "USD", "9.99", { regular: "19.99", percent: 50 });
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => deliver(drop)));
    expect(outcomes.filter((outcome) => outcome === "applied")).toHaveLength(1);
    // The same price change under a new event id (an emitter retrying): the unique (user, price change) holds.
    await deliver({ ...drop, id: crypto.randomUUID() });
    const db = await getDb();
    expect(await db.$transaction((tx) => createDealAlerts(tx, drop.data))).toBe(0);
    expect(await alertsOf(player.id)).toHaveLength(1);
  });

  it("makes no alert for a drop a later price already replaced (a replayed sale that has ended, a late event)", async () => {
    const gameId = freshGame();
    const player = await createUser("replaced");
    await wish(player.id, gameId, { amount: "10.00", currency: "USD" });
    await deliver(await nextPrice(gameId, "USD", "19.99"));
    const saleStart = await nextPrice(gameId, "USD", "9.99", { regular: "19.99", percent: 50 });
    const saleEnd = await nextPrice(gameId, "USD", "19.99");
    expect(await deliver(saleStart)).toBe("applied");
    await deliver(saleEnd);
    expect(await alertsOf(player.id)).toHaveLength(0);
    // The next drop, still in force, alerts as usual.
    await deliver(await nextPrice(gameId, "USD", "8.99", { regular: "19.99", percent: 55 }));
    expect(await alertsOf(player.id)).toHaveLength(1);
  });

  it("alerts a new all-time low to players who opted in, threshold or not, in their currency", async () => {
    const gameId = freshGame();
    const optedIn = await createUser("atl-in");
    const optedInEuro = await createUser("atl-euro");
    const notOptedIn = await createUser("atl-out");
    await setDealAlertPreferences(optedIn.id, { mode: "instant", allTimeLow: true, currency: "USD" });
    await setDealAlertPreferences(optedInEuro.id, { mode: "instant", allTimeLow: true, currency: "EUR" });
    await wish(optedIn.id, gameId);
    await wish(optedInEuro.id, gameId);
    await wish(notOptedIn.id, gameId);
    await deliver(await nextPrice(gameId, "USD", "29.99"));
    await deliver(await nextPrice(gameId, "USD", "19.99", { regular: "29.99", percent: 33 })); // a new low
    await deliver(await nextPrice(gameId, "USD", "29.99"));
    await deliver(await nextPrice(gameId, "USD", "22.49", { regular: "29.99", percent: 25 })); // a drop, not a new low
    const alerts = await alertsOf(optedIn.id);
    expect(alerts.map((alert) => [alert.kind, alert.price.toFixed(2)])).toEqual([["all_time_low", "19.99"]]);
    expect(await alertsOf(optedInEuro.id)).toHaveLength(0);
    expect(await alertsOf(notOptedIn.id)).toHaveLength(0);
    const mail = (await drain()).find((m) => m.to === optedIn.email);
    expect(mail?.text).toContain("all-time low");
  });

  it("skips players who own the game and players who turned alerts off", async () => {
    const gameId = freshGame();
    const owner = await createUser("owner");
    const off = await createUser("off");
    const wisher = await createUser("wisher");
    for (const user of [owner, off, wisher]) await wish(user.id, gameId, { amount: "50.00", currency: "USD" });
    await entitle(owner.id, gameId);
    await setDealAlertPreferences(off.id, { mode: "off" });
    await deliver(await nextPrice(gameId, "USD", "59.99"));
    await deliver(await nextPrice(gameId, "USD", "39.99", { regular: "59.99", percent: 33 }));
    expect(await alertsOf(owner.id)).toHaveLength(0);
    expect(await alertsOf(off.id)).toHaveLength(0);
    expect(await alertsOf(wisher.id)).toHaveLength(1);
  });

  it("drops an instant alert unsent when the player turns alerts off before it goes out", async () => {
    const gameId = freshGame();
    const player = await createUser("late-off");
    await wish(player.id, gameId, { amount: "50.00", currency: "USD" });
    await deliver(await nextPrice(gameId, "USD", "59.99"));
    await deliver(await nextPrice(gameId, "USD", "39.99", { regular: "59.99", percent: 33 }));
    expect(await alertsOf(player.id)).toHaveLength(1);
    await setDealAlertPreferences(player.id, { mode: "off" });
    expect((await drain()).filter((mail) => mail.to === player.email)).toHaveLength(0);
    expect(await alertsOf(player.id)).toHaveLength(0);
  });
});

describe("the daily digest", () => {
  it("mails a daily player one digest of the day's alerts, keyed per player and day, and nothing on a second run", async () => {
    const player = await createUser("digest");
    await setDealAlertPreferences(player.id, { mode: "daily" });
    const mine = [freshGame(), freshGame(), freshGame()];
    for (const gameId of mine) {
      await wish(player.id, gameId, { amount: "20.00", currency: "USD" });
      await deliver(await nextPrice(gameId, "USD", "24.99"));
      await deliver(await nextPrice(gameId, "USD", "12.49", { regular: "24.99", percent: 50 }));
    }
    expect((await alertsOf(player.id)).map((alert) => alert.mode)).toEqual(["daily", "daily", "daily"]);
    expect((await drain()).filter((mail) => mail.to === player.email)).toHaveLength(0); // not instant

    const now = new Date();
    const sink = mailSink();
    await sendDealAlertDigests({ queueMail: sink.queueMail, now, batchSize: 2 });
    const mails = sink.mails.filter((mail) => mail.to === player.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.key).toBe(`deal-alert-digest:${player.id}:${now.toISOString().slice(0, 10)}`);
    expect(mails[0]!.subject).toBe("Today's deals on your wishlist: 3 drops");
    expect(mails[0]!.text.match(/\$24\.99 → \$12\.49 \(−50%\)/g)).toHaveLength(3);
    expect((await alertsOf(player.id)).every((alert) => alert.sentAt !== null)).toBe(true);

    const again = mailSink();
    await sendDealAlertDigests({ queueMail: again.queueMail });
    expect(again.mails.filter((mail) => mail.to === player.email)).toHaveLength(0);
  });
});

describe("through the real mail path", () => {
  beforeAll(async () => {
    await getJobSystem().startWorkers([sendEmailJob], { email: QUEUE_OPTIONS.email! });
  });

  it("lands one alert in the dev outbox with the one-click unsubscribe headers", async () => {
    const gameId = freshGame();
    const player = await createUser("outbox");
    await wish(player.id, gameId, { amount: "9.99", currency: "USD" });
    await deliver(await nextPrice(gameId, "USD", "19.99"));
    await deliver(await nextPrice(gameId, "USD", "7.99", { regular: "19.99", percent: 60 }));
    await sendInstantDealAlerts();
    const landed = await waitFor(async () => (await listOutboxMessages()).find((message) => message.to === player.email), {
      timeoutMs: 10_000,
      what: "the deal alert in the outbox",
    });
    expect(landed.subject).toMatch(/ is now \$7\.99 \(all-time low\)$/); // below every earlier price
    expect(landed.text).toContain("$19.99 → $7.99 (−60%)");
    expect(landed.html).toContain("Unsubscribe from deal alerts");
    const detail = await getOutboxMessage(landed.id);
    const header = (name: string) => detail?.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value.trim(); // a long value is folded onto its own line
    expect(header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(header("List-Unsubscribe")).toMatch(/^<http:\/\/questlog\.test\/api\/deal-alerts\/unsubscribe\?token=/);
    expect((await listOutboxMessages()).filter((message) => message.to === player.email)).toHaveLength(1);
  });
});
