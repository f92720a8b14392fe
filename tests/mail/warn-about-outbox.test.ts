// A production start without SMTP_URL says, loudly, that nobody receives the site's mail.
import { afterEach, describe, expect, it, vi } from "vitest";

import { logger } from "@/lib/log/logger";
import { warnAboutOutbox } from "@/lib/mail/warn-about-outbox";

import { withEnv } from "../support/with-env";

afterEach(() => vi.restoreAllMocks());

describe("warnAboutOutbox", () => {
  it.each([
    [{ NODE_ENV: "production", SMTP_URL: "" }, 1],
    [{ NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:2525" }, 0],
    [{ NODE_ENV: "development", SMTP_URL: "" }, 0],
  ])("with %o warns %i time(s)", async (vars, times) => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    await withEnv(vars, async () => warnAboutOutbox());
    expect(warn).toHaveBeenCalledTimes(times);
    if (times) expect(String(warn.mock.calls[0]![1])).toMatch(/NO SMTP_URL.*\/dev\/outbox.*set SMTP_URL/s);
  });
});
