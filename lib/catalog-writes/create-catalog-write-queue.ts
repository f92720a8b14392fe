// Builds the write queue from configuration, for the server (instrumentation), the worker and the CLIs.
import { createHash, randomBytes } from "node:crypto";
import { hostname } from "node:os";
import path from "node:path";

import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { getEnv, type ServerEnv } from "@/lib/env";

import type { AppliedChanges } from "./catalog-write";
import { CatalogWriteQueue } from "./catalog-write-queue";

/**
 * One consumer group per SQLite replica. By default a replica is a host's DATA_DIR, so a server and a CLI
 * run against the same files share a group (and never both apply an entry), while two instances with
 * their own data directories each get every write.
 */
export function instanceId(env: ServerEnv = getEnv()): string {
  if (env.INSTANCE_ID) return env.INSTANCE_ID;
  const dataDir = path.resolve(env.DATA_DIR);
  return `${hostname()
    .replace(/[^\w.-]/g, "_")
    .slice(0, 40)}-${createHash("sha256").update(dataDir).digest("hex").slice(0, 10)}`;
}

export function createCatalogWriteQueue(
  db: CatalogDatabase,
  options: {
    onApplied?: readonly ((changes: AppliedChanges) => void)[];
    env?: ServerEnv;
    /**
     * A CLI run against a server's data directory: a consumer group of its own for this run (new writes
     * only, destroyed on close), so the server's group still applies every write and updates its search
     * index, while the CLI knows when its own writes reached the file. Both apply them; upserts are idempotent.
     */
    ownGroup?: boolean;
  } = {},
): CatalogWriteQueue {
  const env = options.env ?? getEnv();
  const process_ = `${process.pid.toString(36)}${randomBytes(3).toString("hex")}`;
  const instance = instanceId(env);
  return new CatalogWriteQueue({
    db,
    capacity: env.CATALOG_WRITE_QUEUE_LIMIT,
    ticketPrefix: `w${process_}`,
    onApplied: options.onApplied,
    drainer: { batchSize: env.CATALOG_WRITE_BATCH, lingerMs: env.CATALOG_WRITE_LINGER_MS },
    stream: env.REDIS_URL
      ? {
          url: env.REDIS_URL,
          stream: env.CATALOG_STREAM_KEY,
          group: options.ownGroup ? `${instance}-run-${process_}` : instance,
          ephemeral: options.ownGroup ?? false,
          consumer: `${instance}:${process_}`,
          claimIdleMs: env.CATALOG_WRITE_CLAIM_IDLE_MS,
          maxLength: env.CATALOG_STREAM_MAX_LENGTH,
          deadKey: `${env.CATALOG_STREAM_KEY}:dead:${instance}`,
        }
      : undefined,
  });
}
