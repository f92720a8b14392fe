// The email.send job on the in-process job system, delivering over real SMTP: retries through an outage
// and a 4xx deferral, fails a 5xx refusal at once into the dead letters. The system runs on a clock 20×
// faster than real time, so the seeds' 2 s / 4 s backoff takes 100 / 200 ms while staying exactly 2 s / 4 s
// on the job's own clock (its timestamps and delays are what is asserted).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";

import { JOB_DEFINITIONS, QUEUE_OPTIONS } from "@/lib/boot/job-registry";
import type { Clock } from "@/lib/jobs/clock";
import { closeJobSystem } from "@/lib/jobs/get-job-system";
import { InProcessJobSystem } from "@/lib/jobs/in-process/in-process-job-system";
import type { JobEvent } from "@/lib/jobs/types";
import { logger } from "@/lib/log/logger";
import { enqueueEmail, sendEmailJob, toQueuedMail } from "@/lib/mail/send-email-job";

import { waitFor, waitForDeadLetters } from "../jobs/job-test-helpers";
import { setTestEnv, withEnv } from "../support/with-env";
import { freePort, headersOf, startSmtpServer, type SmtpTestServer } from "./smtp-test-server";

const SPEEDUP = 20;

/** Job time runs SPEEDUP× faster than the wall clock; timers and now() agree, so the runner's checks hold. */
function acceleratedClock(): Clock {
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) * SPEEDUP,
    setTimeout: (callback, ms) => setTimeout(callback, ms / SPEEDUP),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

const message = { to: "ada@example.com", subject: "Sign in to Questlog", text: "Sign in: https://questlog.test/x?token=1" };

describe("email.send", () => {
  let system: InProcessJobSystem;
  let clock: Clock;
  let cleanups: Array<() => unknown>;
  beforeEach(async () => {
    for (const level of ["info", "warn", "error"] as const) vi.spyOn(logger, level).mockImplementation(() => {});
    clock = acceleratedClock();
    system = new InProcessJobSystem({ clock });
    await system.startWorkers([sendEmailJob], { email: QUEUE_OPTIONS.email! });
    cleanups = [];
  });
  afterEach(async () => {
    await system.close(0);
    for (const cleanup of cleanups.reverse()) await cleanup();
    vi.restoreAllMocks();
  });

  /** Enqueues with the queue paused and subscribes first, so no event of the job is missed. */
  async function enqueueWatched(onEvent: (event: JobEvent) => void = () => {}) {
    await system.pauseQueue("email");
    const { id } = await system.enqueue(sendEmailJob, toQueuedMail(message));
    await system.subscribe(id, onEvent);
    await system.resumeQueue("email");
    return id;
  }

  it("is registered on the email queue: 4 at a time, at most 10 a second, 3 tries 2 s then 4 s apart", () => {
    expect(JOB_DEFINITIONS).toContain(sendEmailJob);
    expect(QUEUE_OPTIONS.email).toEqual({ concurrency: 4, rateLimit: { max: 10, durationMs: 1_000 } });
    expect(sendEmailJob).toMatchObject({
      name: "email.send",
      queue: "email",
      options: { attempts: 3, backoff: { type: "exponential", delayMs: 2_000 } },
    });
  });

  it("retries while the server is down, then deferring (451), and delivers on the third try", async () => {
    const port = await freePort();
    cleanups.push(setTestEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` }));
    const starts: number[] = [];
    let server: Promise<SmtpTestServer> | undefined;
    const id = await enqueueWatched((event) => {
      if (event.type !== "state") return;
      if (event.state === "active") starts.push(clock.now());
      // The first try found nothing listening; now the server comes up, greylisting the first RCPT TO. The
      // queue holds the retry until it listens (pausing takes effect at once), so no timing race decides.
      if (event.state === "delayed" && event.attemptsMade === 1) {
        void system.pauseQueue("email");
        server = startSmtpServer({ port, rcptReply: (_, n) => (n === 1 ? { code: 451, text: "4.7.1 Greylisted, try later" } : undefined) });
        void server.then(() => system.resumeQueue("email"));
      }
    });
    const job = await waitFor(async () => {
      const status = await system.getJob(id);
      return status?.state === "completed" && status;
    });
    const smtp = await server!;
    cleanups.push(() => smtp.close());

    expect(job).toMatchObject({ attemptsMade: 3, returnValue: { via: "smtp", messageId: expect.any(String) } });
    expect(job.stacktrace.join("\n")).toMatch(/ECONNREFUSED[\s\S]*451 4\.7\.1 Greylisted/);
    expect(job.logs).toEqual([`sent via smtp as ${(job.returnValue as { messageId: string }).messageId}`]);
    expect(smtp.received).toHaveLength(1);
    expect(headersOf(smtp.received[0]!.raw).get("subject")).toBe("Sign in to Questlog");
    // Backoff on the job's clock: 2 s after the first failure, 4 s after the second (plus run time).
    const [first = 0, second = 0, third = 0] = starts;
    expect(starts).toHaveLength(3);
    expect(second - first).toBeGreaterThanOrEqual(2_000);
    expect(third - second).toBeGreaterThanOrEqual(4_000);
    expect(third - second).toBeLessThan(8_000);
  });

  it("fails a 550 refusal at once, without retries, into the dead letters", async () => {
    const smtp = await startSmtpServer({ rcptReply: () => ({ code: 550, text: "5.1.1 No such user here" }) });
    cleanups.push(() => smtp.close(), setTestEnv({ SMTP_URL: smtp.url() }));
    const id = await enqueueWatched();
    const [letter] = await waitForDeadLetters(system, "email");
    expect(letter!.job).toMatchObject({
      id,
      name: "email.send",
      state: "failed",
      attemptsMade: 1,
      attempts: 3,
      data: { to: message.to, subject: message.subject, body: expect.stringMatching(/^v1\./) },
    });
    expect(letter!.job.failedReason).toMatch(/550 5\.1\.1 No such user here/);
    expect(letter!.job.stacktrace[0]).toMatch(/^PermanentJobError/);
    // Well past the 2 s backoff on the job's clock: still one try, nothing delivered.
    const failedAt = clock.now();
    await waitFor(() => clock.now() > failedAt + 3_000);
    expect(await system.getJob(id)).toMatchObject({ state: "failed", attemptsMade: 1 });
    expect(smtp.received).toHaveLength(0);
  });
});

describe("enqueueEmail", () => {
  it("rejects a bad address with a ZodError, and queues a good message on the app's job system", async () => {
    // REDIS_URL "" selects the in-process system, whatever the shell running the tests has set.
    await withEnv({ REDIS_URL: "" }, async () => {
      try {
        await expect(enqueueEmail({ ...message, to: "ada@" })).rejects.toBeInstanceOf(ZodError);
        await expect(enqueueEmail({ ...message, subject: "" })).rejects.toBeInstanceOf(ZodError);
        const queued = await enqueueEmail(message);
        expect(queued).toEqual({ id: expect.stringMatching(/^email:/), deduplicated: false });
      } finally {
        await closeJobSystem(0);
      }
    });
  });
});
