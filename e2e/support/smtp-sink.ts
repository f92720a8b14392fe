// Playwright global setup: a real SMTP server (smtp-server, loopback) that the e2e `next start` sends its
// mail to (SMTP_URL in playwright.config.ts). Each message is written to MAIL_DIR as it arrives, where the
// browser tests read it (they run in other processes). Returns the teardown.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { startSmtpServer } from "../../tests/mail/smtp-test-server";

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3225);
export const MAIL_DIR = path.resolve(process.env.E2E_MAIL_DIR ?? ".test-data/e2e-mail");

export default async function startSmtpSink(): Promise<() => Promise<void>> {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const server = await startSmtpServer({
    port: E2E_SMTP_PORT,
    onMessage: (mail) => {
      const name = `${String(++count).padStart(4, "0")}-${mail.envelopeTo.join(",").replace(/[^\w.@,-]/g, "_")}.eml`;
      writeFileSync(path.join(MAIL_DIR, name), mail.raw);
    },
  });
  return () => server.close();
}
