import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import type { PrismaClient } from "@/generated/prisma/client";

import type { MigrationSession } from "./migration-session";

/** An open accounts database: the Prisma client the app queries, and sessions for the migration runner. */
export interface DatabaseBackend {
  kind: "postgres" | "pglite";
  prisma: PrismaClient;
  /** The driver adapter under `prisma`; Prisma's schema engine can run on it too (prisma/tools). */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  openSession(): Promise<MigrationSession>;
  /** Bytes of PGlite's WebAssembly memory (its whole Postgres: shared buffers, catalogs, work memory); absent for a server. */
  wasmMemoryBytes?(): number;
  /** Disconnects Prisma, then closes the pool or shuts PGlite down (an open PGlite keeps the process alive). */
  close(): Promise<void>;
}
