// The store's mails: what they say (lines, totals, receipt link, escaped titles), and that the consumer queues one
// email.send job per (type, order) however many times, and however concurrently, its event is delivered.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { applyEventOnce } from "@/lib/events/apply-event-once";
import { toEnvelope } from "@/lib/events/relay/outbox-row";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import { orderEmailsConsumer } from "@/lib/store/emails/order-emails-consumer";
import { renderOrderConfirmation, renderPaymentFailed, renderRefundIssued } from "@/lib/store/emails/render-order-emails";

import { checkedOut, waitForStatus } from "../support/buyer";
import { setUpPayments } from "../support/payments-test-env";
import { pay } from "../support/standin-control";
import { catalogGameIds } from "../support/store-fixtures";

const env = setUpPayments();
const games = catalogGameIds(4, 140);

const order = {
  id: "clxorder0000abcdefgh",
  currency: "JPY",
  subtotal: "3480.00",
  discount: "495.00",
  total: "2985.00",
  lines: [
    { title: "Chrono <Trigger>", unitPrice: "1980.00", discount: "495.00", lineTotal: "1485.00" },
    { title: "Tetris & Friends", unitPrice: "1500.00", discount: "0.00", lineTotal: "1500.00" },
  ],
};

describe("rendering", () => {
  it("confirms an order with its lines, totals in the order's currency and the receipt link, titles escaped in HTML", () => {
    const mail = renderOrderConfirmation(order, "https://questlog.example/orders/clxorder0000abcdefgh/receipt");
    expect(mail.subject).toBe("Your Questlog order ABCDEFGH: 2 games");
    expect(mail.text).toContain("- Chrono <Trigger>: ¥1,485 (was ¥1,980)");
    expect(mail.text).toContain("Total paid: ¥2,985");
    expect(mail.text).toContain("Receipt: https://questlog.example/orders/clxorder0000abcdefgh/receipt");
    expect(mail.html).toContain("Chrono &lt;Trigger&gt;");
    expect(mail.html).toContain("Tetris &amp; Friends");
    expect(mail.html).not.toContain("<Trigger>");
    expect(mail.html).toContain('href="https://questlog.example/orders/clxorder0000abcdefgh/receipt"');
  });

  it("says a failed payment charged nothing, and a refund how much and which games", () => {
    expect(renderPaymentFailed(order, "https://q.example/cart").text).toContain("nothing was charged");
    const refund = renderRefundIssued(order, { amount: "1485.00", titles: ["Chrono <Trigger>"] }, "https://q.example/orders/x");
    expect(refund.subject).toBe("Refund of ¥1,485 for Questlog order ABCDEFGH");
    expect(refund.html).toContain("Chrono &lt;Trigger&gt;");
  });
});

describe("orderEmailsConsumer", () => {
  it("queues one confirmation for an order.paid delivered 20 times at once", async () => {
    const placed = await checkedOut([games[0]!]);
    await pay(env.standin, placed.sessionId);
    await waitForStatus(placed.orderId, "paid");
    const db = await getDb();
    const row = await db.outboxEvent.findFirstOrThrow({ where: { aggregateId: placed.orderId, type: "order.paid" } });
    const apply = applyEventOnce(db);
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => apply(orderEmailsConsumer, toEnvelope(row))));
    expect(outcomes.filter((o) => o === "applied")).toHaveLength(1);
    const { jobs } = await getJobSystem().listJobs("email", { name: "email.send" });
    const mine = jobs.filter((job) => (job.data as { subject: string }).subject.includes(placed.orderId.slice(-8).toUpperCase()));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.data).toMatchObject({ to: expect.stringContaining("@example.test") });
  });
});
