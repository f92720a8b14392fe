// sendMail with SMTP_URL set: the product's nodemailer client against a real SMTP server on loopback.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";

import { logger } from "@/lib/log/logger";
import { MailDeliveryError, sendMail } from "@/lib/mail";

import { withEnv } from "../support/with-env";
import { freePort, headersOf, startSilentServer, startSmtpServer, type SmtpTestServer } from "./smtp-test-server";

const message = {
  to: "ada@example.com",
  subject: "Sign in to Questlog",
  text: "Sign in: https://questlog.test/api/auth/callback/email?token=abc123\r\n",
  html: '<p><a href="https://questlog.test/api/auth/callback/email?token=abc123">Sign in</a></p>',
};

describe("sendMail over SMTP", () => {
  let server: SmtpTestServer;
  beforeAll(async () => {
    vi.spyOn(logger, "info").mockImplementation(() => {});
    server = await startSmtpServer({
      rcptReply: (address) =>
        address.startsWith("nobody@")
          ? { code: 550, text: "5.1.1 No such user here" }
          : address.startsWith("later@")
            ? { code: 451, text: "4.7.1 Greylisted, try again later" }
            : undefined,
    });
  });
  afterEach(() => server.received.splice(0));
  afterAll(async () => {
    await server.close();
    vi.restoreAllMocks();
  });

  it("delivers the message with its headers, text and HTML parts", async () => {
    const result = await withEnv({ SMTP_URL: server.url(), MAIL_FROM: "Questlog <hello@questlog.test>" }, () => sendMail(message));
    expect(result).toEqual({ via: "smtp", messageId: expect.stringMatching(/^<.+@questlog\.test>$/) });
    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail).toMatchObject({ envelopeFrom: "hello@questlog.test", envelopeTo: ["ada@example.com"], user: undefined });
    const headers = headersOf(mail!.raw);
    expect(headers.get("from")).toBe("Questlog <hello@questlog.test>");
    expect(headers.get("to")).toBe("ada@example.com");
    expect(headers.get("subject")).toBe("Sign in to Questlog");
    expect(headers.get("message-id")).toBe(result.messageId);
    expect(headers.get("content-type")).toMatch(/^multipart\/alternative; boundary=/);
    expect(mail!.raw).toMatch(/Content-Type: text\/plain[\s\S]*token=abc123[\s\S]*Content-Type: text\/html[\s\S]*<a href=/);
  });

  it("sends text only when there is no HTML part", async () => {
    await withEnv({ SMTP_URL: server.url() }, () => sendMail({ to: "bo@example.com", subject: "Hi", text: "Plain" }));
    const headers = headersOf(server.received[0]!.raw);
    expect(headers.get("content-type")).toMatch(/^text\/plain/);
    expect(headers.get("from")).toBe("Questlog <no-reply@localhost>");
  });

  it("refuses a bad address or a two-line subject before connecting", async () => {
    await withEnv({ SMTP_URL: server.url() }, async () => {
      await expect(sendMail({ ...message, to: "not-an-address" })).rejects.toBeInstanceOf(ZodError);
      await expect(sendMail({ ...message, to: "a@example.com\r\nBcc: x@evil.test" })).rejects.toBeInstanceOf(ZodError);
      await expect(sendMail({ ...message, subject: "Hi\r\nBcc: x@evil.test" })).rejects.toBeInstanceOf(ZodError);
    });
    expect(server.received).toHaveLength(0);
  });

  it("reports a 5xx refusal as permanent and a 4xx one as transient", async () => {
    const refused = await withEnv({ SMTP_URL: server.url() }, () =>
      sendMail({ ...message, to: "nobody@example.com" }).catch((e: unknown) => e),
    );
    expect(refused).toBeInstanceOf(MailDeliveryError);
    expect(refused).toMatchObject({ responseCode: 550, permanent: true, message: expect.stringContaining("No such user") });
    const deferred = await withEnv({ SMTP_URL: server.url() }, () =>
      sendMail({ ...message, to: "later@example.com" }).catch((e: unknown) => e),
    );
    expect(deferred).toMatchObject({ name: "MailDeliveryError", responseCode: 451, permanent: false });
    expect(server.received).toHaveLength(0);
  });
});

describe("sendMail with SMTP AUTH", () => {
  const credentials = { user: "questlog", pass: "s3cret:with@odd/chars" };
  let server: SmtpTestServer;
  beforeAll(async () => {
    vi.spyOn(logger, "info").mockImplementation(() => {});
    server = await startSmtpServer({ auth: credentials });
  });
  afterAll(async () => {
    await server.close();
    vi.restoreAllMocks();
  });

  it("logs in with the URL's user and password (percent-encoded)", async () => {
    await withEnv({ SMTP_URL: server.url(credentials) }, () => sendMail(message));
    expect(server.received).toEqual([expect.objectContaining({ user: "questlog", envelopeTo: ["ada@example.com"] })]);
  });

  it("fails permanently on wrong credentials (535) and delivers nothing", async () => {
    const error = await withEnv({ SMTP_URL: server.url({ user: "questlog", pass: "wrong" }) }, () =>
      sendMail(message).catch((e: unknown) => e),
    );
    expect(error).toMatchObject({ name: "MailDeliveryError", responseCode: 535, permanent: true });
    expect(server.received).toHaveLength(1); // only the first test's message
  });
});

describe("sendMail when the server is unreachable", () => {
  it("fails fast and transiently when nothing listens", async () => {
    const port = await freePort();
    const started = performance.now();
    const error = await withEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` }, () => sendMail(message).catch((e: unknown) => e));
    expect(error).toMatchObject({
      name: "MailDeliveryError",
      responseCode: null,
      permanent: false,
      message: expect.stringContaining("ECONNREFUSED"),
    });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("gives up after SMTP_TIMEOUT_MS on a server that accepts and never greets", async () => {
    const silent = await startSilentServer();
    try {
      const started = performance.now();
      const error = await withEnv({ SMTP_URL: `smtp://127.0.0.1:${silent.port}`, SMTP_TIMEOUT_MS: "300" }, () =>
        sendMail(message).catch((e: unknown) => e),
      );
      const elapsed = performance.now() - started;
      expect(error).toMatchObject({ name: "MailDeliveryError", permanent: false, message: expect.stringContaining("ETIMEDOUT") });
      expect(elapsed).toBeGreaterThanOrEqual(250);
      expect(elapsed).toBeLessThan(2_000);
    } finally {
      await silent.close();
    }
  });
});
