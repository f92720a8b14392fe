import "server-only";

import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

import { stopBackgroundWork } from "./background-work";

const EXIT_CODE = { SIGINT: 130, SIGTERM: 143 } as const;
const globalForSignals = globalThis as unknown as { questlogSignalsHandled?: boolean };

/**
 * SIGTERM/SIGINT: stop taking work, finish what is in flight within SHUTDOWN_TIMEOUT_MS, then exit.
 * `npm start` sets NEXT_MANUAL_SIG_HANDLE so Next does not exit first; with a bare `next start`, Next's
 * own handler may end the process before the drain finishes (Redis then keeps the writes; in-process
 * buffered writes are lost, and come back with the next fetch from IGDB).
 */
export function handleShutdownSignals(options: { afterStop?: () => Promise<void> } = {}): void {
  if (globalForSignals.questlogSignalsHandled) return;
  globalForSignals.questlogSignalsHandled = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "shutting down: draining queues");
      const timeoutMs = getEnv().SHUTDOWN_TIMEOUT_MS;
      // A hard stop if the graceful one hangs, so an orchestrator's kill is never needed.
      setTimeout(() => process.exit(EXIT_CODE[signal]), timeoutMs + 2_000).unref();
      void stopBackgroundWork(timeoutMs)
        .then(() => options.afterStop?.())
        .finally(() => process.exit(EXIT_CODE[signal]));
    });
  }
}
