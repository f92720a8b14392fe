// npm run worker: the catalog write drainer and the job workers without the web server, for deployments
// that run workers apart from web instances (each worker process with its own DATA_DIR is an instance
// with its own replica). Stops gracefully on SIGTERM/SIGINT like the server.
// Runs under tsx with the react-server condition, so server-only modules load outside Next.
import { startBackgroundWork } from "@/lib/boot/background-work";
import { handleShutdownSignals } from "@/lib/boot/handle-shutdown-signals";
import { getCatalogDb } from "@/lib/catalog/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

getCatalogDb(); // opens and migrates the replica before the drainer needs it
// A supervisor that spawned us with an IPC channel hears {ready} and {stopped} (the tests do).
const tell = (message: Record<string, boolean>) =>
  new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
handleShutdownSignals({ afterStop: () => tell({ stopped: true }) });
// The store event relay and the demo listings need the accounts database the store writes to: a shared
// PostgreSQL. On PGlite a worker would open a private database of its own that no server writes orders to, so it
// leaves them to the server (zero-config is one process).
await startBackgroundWork({ store: Boolean(getEnv().DATABASE_URL) });
logger.info({ pid: process.pid }, "worker ready");
await tell({ ready: true });
