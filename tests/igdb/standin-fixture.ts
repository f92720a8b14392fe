// Starts the real stand-in server on an ephemeral port over the test catalog, and a real client pointed at
// it over HTTP. Control calls go through the stand-in's own HTTP control API, as a separate process would.
import { inject } from "vitest";

import { createIgdbClient, type IgdbClientConfig } from "@/lib/igdb";
import { startIgdbStandin, type IgdbStandin, type IgdbStandinOptions, type StandinStats } from "@/standins/igdb";

export async function startStandin(options: Partial<IgdbStandinOptions> = {}): Promise<IgdbStandin> {
  return startIgdbStandin({ dataPath: inject("standinCatalogPath"), ...options });
}

export function clientFor(standin: IgdbStandin, overrides: Partial<IgdbClientConfig> = {}) {
  return createIgdbClient({
    apiUrl: standin.apiUrl,
    tokenUrl: standin.tokenUrl,
    clientId: standin.clientId,
    clientSecret: standin.clientSecret,
    timeoutMs: 2_000,
    backoff: { baseMs: 50, maxMs: 400 },
    ...overrides,
  });
}

export async function control(standin: IgdbStandin, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${standin.url}/__standin/${path}`, {
    method: body === undefined && path === "stats" ? "GET" : "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`stand-in control ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

export type Stats = StandinStats;

export const stats = (standin: IgdbStandin) => control(standin, "stats") as Promise<Stats>;
