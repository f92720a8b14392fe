// Prisma CLI configuration (Prisma 7 reads no url from schema.prisma and no .env by itself). The app does not
// use the CLI at run time: lib/accounts-db connects through driver adapters and applies migrations itself.
import { defineConfig } from "prisma/config";

import { getEnv } from "./lib/env";

// Read leniently: `prisma generate` runs on every `npm install` and needs no database, so an unrelated invalid
// variable must not fail the install (the app reports it when it starts).
const url = (() => {
  try {
    return getEnv().DATABASE_URL;
  } catch {
    return undefined;
  }
})();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Only `migrate deploy|status` need it; `generate` runs without a database.
  ...(url ? { datasource: { url } } : {}),
});
