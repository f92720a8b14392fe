// sendMail without SMTP_URL: the dev outbox under DATA_DIR/outbox, read back by the functions the
// /dev/outbox pages use.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { logger } from "@/lib/log/logger";
import { getOutboxMessage, listOutboxMessages, OUTBOX_KEEP, outboxPagesEnabled, readOutboxEml, sendMail } from "@/lib/mail";

import { setTestEnv, withEnv } from "../support/with-env";
import { headersOf } from "./smtp-test-server";

describe("the dev outbox", () => {
  let dataDir: string;
  let restoreEnv: () => void;
  const outbox = () => path.join(dataDir, "outbox");
  beforeAll(() => {
    vi.spyOn(logger, "info").mockImplementation(() => {});
    dataDir = mkdtempSync(path.join(tmpdir(), "questlog-outbox-"));
    // SMTP_URL "" is unset for getEnv(), whatever the shell running the tests has.
    restoreEnv = setTestEnv({ DATA_DIR: dataDir, SMTP_URL: "", MAIL_FROM: "Questlog <hello@questlog.test>" });
  });
  afterAll(() => {
    restoreEnv();
    rmSync(dataDir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it("lists nothing before the first message", async () => {
    expect(await listOutboxMessages()).toEqual([]);
  });

  it("stores the raw message as .eml with a JSON summary, read back by the pages' functions", async () => {
    const text = "Sign in: https://questlog.test/api/auth/callback/email?token=t1\n";
    const sent = await sendMail({ to: "ada@example.com", subject: "Sign in to Questlog", text, html: "<p>Sign in</p>" });
    expect(sent).toEqual({
      via: "outbox",
      messageId: expect.stringMatching(/^<.+@questlog\.test>$/),
      outboxId: expect.stringMatching(/^\d{13}-[0-9a-f]{8}$/),
    });
    if (sent.via !== "outbox") throw new Error("expected the outbox");
    expect(readdirSync(outbox()).sort()).toEqual([`${sent.outboxId}.eml`, `${sent.outboxId}.json`]);

    const eml = readFileSync(path.join(outbox(), `${sent.outboxId}.eml`), "utf8");
    const headers = headersOf(eml);
    expect(headers.get("message-id")).toBe(sent.messageId);
    expect(headers.get("to")).toBe("ada@example.com");
    expect(headers.get("content-type")).toMatch(/^multipart\/alternative/);
    expect(eml.split("\r\n").length).toBeGreaterThan(10); // CRLF throughout, as RFC 5322 wants
    expect(eml).not.toMatch(/[^\r]\n/);

    const detail = await getOutboxMessage(sent.outboxId);
    expect(detail).toMatchObject({
      id: sent.outboxId,
      messageId: sent.messageId,
      from: "Questlog <hello@questlog.test>",
      to: "ada@example.com",
      subject: "Sign in to Questlog",
      text,
      html: "<p>Sign in</p>",
    });
    expect(Date.now() - Date.parse(detail!.date)).toBeLessThan(10_000);
    expect(detail!.headers).toEqual(
      expect.arrayContaining([
        { name: "Subject", value: "Sign in to Questlog" },
        { name: "Message-ID", value: sent.messageId },
      ]),
    );
    expect((await readOutboxEml(sent.outboxId))?.toString("utf8")).toBe(eml);
  });

  it("lists messages newest first, with html null for text-only mail", async () => {
    await sendMail({ to: "bo@example.com", subject: "Second", text: "two" });
    await sendMail({ to: "cy@example.com", subject: "Third", text: "three" });
    const listed = await listOutboxMessages();
    expect(listed.map((m) => m.subject)).toEqual(["Third", "Second", "Sign in to Questlog"]);
    expect(listed[0]).toMatchObject({ to: "cy@example.com", html: null });
  });

  it("answers null for unknown, malformed or path-like ids", async () => {
    for (const id of ["0000000000000-00000000", "../outbox/x", "..%2F..%2Fetc%2Fpasswd", ""]) {
      expect(await getOutboxMessage(id)).toBeNull();
      expect(await readOutboxEml(id)).toBeNull();
    }
  });

  it("skips a summary that does not match its schema instead of failing the page", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    writeFileSync(path.join(outbox(), "0000000000001-deadbeef.json"), JSON.stringify({ id: "0000000000001-deadbeef" }));
    writeFileSync(path.join(outbox(), "0000000000002-deadbeef.json"), "{ not json");
    expect(await listOutboxMessages()).toHaveLength(3);
    expect(await getOutboxMessage("0000000000001-deadbeef")).toBeNull();
  });

  it(`keeps only the newest ${OUTBOX_KEEP} messages`, async () => {
    const before = (await listOutboxMessages()).map((m) => m.id);
    for (let n = 0; n < OUTBOX_KEEP; n++) await sendMail({ to: `u${n}@example.com`, subject: `Bulk ${n}`, text: "x" });
    const kept = await listOutboxMessages();
    expect(kept).toHaveLength(OUTBOX_KEEP);
    expect(kept[0]?.subject).toBe(`Bulk ${OUTBOX_KEEP - 1}`);
    expect(kept.at(-1)?.subject).toBe("Bulk 0");
    for (const id of before) expect(await getOutboxMessage(id)).toBeNull();
    // Both files of each pruned message are gone (the two malformed summaries sorted oldest, so went too).
    expect(readdirSync(outbox())).toHaveLength(2 * OUTBOX_KEEP);
  });
});

describe("outboxPagesEnabled", () => {
  // Whether the pages exist at all; who may read them is canViewOutbox's (tests/mail/outbox-access.test.ts).
  it.each([
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "test" }, true],
    [{ NODE_ENV: "production" }, true],
    [{ NODE_ENV: "production", SITE_URL: "https://games.example.com" }, true],
    [{ NODE_ENV: "production", SITE_URL: "https://games.example.com", MAIL_OUTBOX_PAGES: "off" }, false],
    [{ NODE_ENV: "production", MAIL_OUTBOX_PAGES: "on" }, true],
    [{ NODE_ENV: "development", MAIL_OUTBOX_PAGES: "off" }, false],
    [{ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525" }, false],
    [{ NODE_ENV: "production", MAIL_OUTBOX_PAGES: "on", SMTP_URL: "smtp://127.0.0.1:2525" }, false],
  ])("with %o is %s", async (vars, expected) => {
    const all = { SMTP_URL: "", MAIL_OUTBOX_PAGES: "", SITE_URL: "", ...vars };
    // "" is not a MAIL_OUTBOX_PAGES value: leave it out rather than set it.
    if (all.MAIL_OUTBOX_PAGES === "") delete (all as Partial<typeof all>).MAIL_OUTBOX_PAGES;
    expect(await withEnv(all, async () => outboxPagesEnabled())).toBe(expected);
  });
});
