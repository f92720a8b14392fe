// npm run igdb:standin [-- --port 8787] [-- --host 127.0.0.1] [-- --latency-ms 0] [-- --token-ttl-seconds N]
// Serves the CC0 catalog as a local IGDB + Twitch stand-in and prints how to point the app at it.
import { parseArgs } from "node:util";

import { ensureStandinCatalog } from "@/lib/catalog/seed/ensure-standin-catalog";
import { startIgdbStandin } from "@/standins/igdb";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8787" },
    host: { type: "string", default: "127.0.0.1" },
    "latency-ms": { type: "string", default: "0" },
    "token-ttl-seconds": { type: "string" },
  },
});

function numberFlag(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

const port = numberFlag("port", values.port, 0)!;
const latencyMs = numberFlag("latency-ms", values["latency-ms"], 0)!;
const tokenTtlSeconds = numberFlag("token-ttl-seconds", values["token-ttl-seconds"], 1);

console.log("Preparing the stand-in catalog (imports the CC0 data on first run, about 10 s)…");
const dataPath = await ensureStandinCatalog();
const standin = await startIgdbStandin({ dataPath, host: values.host, port, latencyMs, tokenTtlSeconds });
const health = (await (await fetch(`${standin.url}/__standin/health`)).json()) as { games: number; loadMs: number };

console.log(`IGDB stand-in: ${health.games} games from ${dataPath}, loaded in ${health.loadMs} ms
  API        ${standin.apiUrl}
  token      ${standin.tokenUrl}
  control    ${standin.url}/__standin/stats (see standins/igdb/README.md)
  client id  ${standin.clientId}
  secret     ${standin.clientSecret}

Point the app at it:
  IGDB_API_URL=${standin.apiUrl} TWITCH_TOKEN_URL=${standin.tokenUrl} TWITCH_CLIENT_ID=${standin.clientId} TWITCH_CLIENT_SECRET=${standin.clientSecret}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping the stand-in`);
    void standin.close().then(() => process.exit(0));
  });
}

// Forked by the zero-config server (lib/catalog-sync/standin-process.ts): report the address over IPC,
// and stop with the parent, whose exit closes the channel.
if (process.send) {
  process.send({
    url: standin.url,
    apiUrl: standin.apiUrl,
    tokenUrl: standin.tokenUrl,
    clientId: standin.clientId,
    clientSecret: standin.clientSecret,
  });
  process.once("disconnect", () => void standin.close().then(() => process.exit(0)));
}
