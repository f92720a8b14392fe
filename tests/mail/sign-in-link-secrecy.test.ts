// A sign-in link in email.send job data let admins and ADMIN_API_TOKEN holders sign in as
// anyone. The link is sealed in the payload (lib/mail/seal-mail-body.ts): no admin read path shows it, the
// search over job data cannot find it, and the mail still goes out (after a requeue too). Through the real
// route handlers, on the in-process runner and on BullMQ with the real Redis.
import { randomBytes, randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { POST as requeueDead } from "@/app/api/admin/dead-letters/[id]/requeue/route";
import { GET as getAdminJob } from "@/app/api/admin/jobs/[id]/route";
import { GET as listDead } from "@/app/api/admin/queues/[queue]/dead-letters/route";
import { GET as listJobs } from "@/app/api/admin/queues/[queue]/jobs/route";
import { GET as getJob } from "@/app/api/jobs/[id]/route";
import { QUEUE_OPTIONS } from "@/lib/boot/job-registry";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";
import { logger } from "@/lib/log/logger";
import { MailBodySealError, openMailBody, sealMailBody } from "@/lib/mail/seal-mail-body";
import { sendEmailJob } from "@/lib/mail/send-email-job";
import { sendMagicLink } from "@/lib/mail/send-magic-link";

import { ADMIN_TOKEN, bearer, call } from "../admin/queues-test-support";
import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { waitFor } from "../jobs/job-test-helpers";
import { clearQuestlogKeys } from "../support/clear-questlog-keys";
import { TEST_REDIS_URL } from "../support/test-redis";
import { setTestEnv, withEnv } from "../support/with-env";
import { startSmtpServer, type SmtpTestServer } from "./smtp-test-server";

setUpAccountsDatabase({ ADMIN_API_TOKEN: ADMIN_TOKEN });

describe("sealMailBody", () => {
  it("hides the text and HTML, opens for the same recipient under the same secret only", async () => {
    const body = {
      text: "Sign in: https://questlog.example.com/x?token=abc123",
      html: '<a href="https://questlog.example.com/x?token=abc123">Sign in</a>',
    };
    const sealed = sealMailBody(body, "Ada@Example.com");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("abc123");
    expect(sealMailBody(body, "ada@example.com")).not.toBe(sealed); // a fresh IV each time
    expect(openMailBody(sealed, "ada@example.com")).toEqual(body);
    expect(() => openMailBody(sealed, "eve@example.com")).toThrow(MailBodySealError);
    const [version, iv, data, tag] = sealed.split(".");
    const altered = [version, iv, `${data![0] === "A" ? "B" : "A"}${data!.slice(1)}`, tag].join(".");
    expect(() => openMailBody(altered, "ada@example.com")).toThrow(MailBodySealError);
    expect(() => openMailBody("plain text", "ada@example.com")).toThrow(MailBodySealError);
    await withEnv({ AUTH_SECRET: randomBytes(32).toString("base64url") }, async () => {
      expect(() => openMailBody(sealed, "ada@example.com")).toThrow(/another AUTH_SECRET/);
    });
  });
});

describe.each([
  ["in-process", { REDIS_URL: "" }],
  ["bullmq", { REDIS_URL: TEST_REDIS_URL, JOBS_PREFIX: `ql:test:link-secrecy:${randomUUID().slice(0, 8)}` }],
] as const)("a sign-in link in the email queue (%s)", (_mode, vars) => {
  const token = randomBytes(16).toString("hex");
  const to = `victim-${token.slice(0, 6)}@example.test`;
  const url = `https://questlog.example.com/api/auth/callback/email?callbackUrl=%2Flibrary&token=${token}&email=${encodeURIComponent(to)}`;
  let smtp: SmtpTestServer;
  let refuse = true;
  let restore: () => void;

  beforeAll(async () => {
    for (const level of ["info", "warn", "error"] as const) vi.spyOn(logger, level).mockImplementation(() => {});
    // Refuses (550, permanent) until the test says otherwise: the job goes to the dead letters first.
    smtp = await startSmtpServer({ rcptReply: () => (refuse ? { code: 550, text: "5.1.1 No such user here" } : undefined) });
    restore = setTestEnv({ ...vars, SMTP_URL: smtp.url() });
    await getJobSystem().startWorkers([sendEmailJob], { email: QUEUE_OPTIONS.email! });
  });
  afterAll(async () => {
    await closeJobSystem(2_000);
    await smtp.close();
    restore();
    if ("JOBS_PREFIX" in vars) await clearQuestlogKeys(TEST_REDIS_URL, `${vars.JOBS_PREFIX}*`);
    vi.restoreAllMocks();
  });

  it("is in no admin read of the job, cannot be searched for, and is still delivered after a requeue", async () => {
    await sendMagicLink({ to, url, host: "questlog.example.com" });
    const letters = await waitFor(
      async () => {
        const res = await call(listDead, "/api/admin/queues/email/dead-letters", { queue: "email" });
        return (
          (res.body.deadLetters as Array<{ id: string; job: { id: string; data: { to: string } } }>).filter((l) => l.job.data.to === to)
            .length > 0 && res
        );
      },
      { timeoutMs: 15_000, what: "the dead letter" },
    );
    const letter = (letters.body.deadLetters as Array<{ id: string; job: { id: string; data: { to: string } } }>).find(
      (l) => l.job.data.to === to,
    )!;
    expect(JSON.stringify(letters.body)).not.toContain(token);

    const jobId = letter.job.id;
    const idParams = { id: encodeURIComponent(jobId) };
    const adminJob = await call(getAdminJob, `/api/admin/jobs/${encodeURIComponent(jobId)}`, idParams);
    expect(adminJob.status).toBe(200);
    expect(adminJob.body.job ?? adminJob.body).toBeTruthy();
    expect(JSON.stringify(adminJob.body)).toContain(to);
    expect(JSON.stringify(adminJob.body)).not.toContain(token);
    const status = await call(getJob, `/api/jobs/${encodeURIComponent(jobId)}`, idParams);
    expect(status.status).toBe(200);
    expect(JSON.stringify(status.body)).not.toContain(token);

    // The search over job data finds the mail by its recipient, never by the token.
    const search = (q: string) => call(listJobs, `/api/admin/queues/email/jobs?search=${encodeURIComponent(q)}`, { queue: "email" });
    expect((await search(to)).body.total).toBeGreaterThanOrEqual(1);
    for (const needle of [token, token.slice(0, 12), "callback/email"]) {
      const found = await search(needle);
      expect(found.status).toBe(200);
      expect(found.body.total, needle).toBe(0);
    }

    // Requeued once the mail server takes it: the recipient gets the link, in the clear.
    refuse = false;
    const requeued = await call(
      requeueDead,
      `/api/admin/dead-letters/${letter.id}/requeue`,
      { id: letter.id },
      { method: "POST", headers: bearer },
    );
    expect(requeued.status).toBe(200);
    await waitFor(() => smtp.received.some((m) => m.envelopeTo.includes(to)), { timeoutMs: 15_000, what: "the delivered mail" });
    const raw = smtp.received
      .find((m) => m.envelopeTo.includes(to))!
      .raw.replace(/=\r?\n/g, "")
      .replace(/=3D/g, "=");
    expect(raw).toContain(token);
  });
});
