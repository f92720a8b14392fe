// GET /api/metrics – Prometheus text exposition of this process: HTTP rates and latency per route, cache,
// search sources and dedupe, IGDB calls and circuit, job queues, the catalog write drainer, Node's own
// figures. The same registry feeds /admin's overview (read in-process, not through this route). With
// METRICS_TOKEN set it needs that bearer token; in production it is off (404) until one is set.
import type { NextRequest } from "next/server";

import { bearerToken } from "@/lib/api/bearer-token";
import { withErrors } from "@/lib/api/with-errors";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { getMetricsRegistry } from "@/lib/metrics/get-metrics-registry";
import { sameSecret } from "@/lib/security/same-secret";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (req: NextRequest) => {
  const env = getEnv();
  const token = env.METRICS_TOKEN;
  // Open by default only outside production: in production the figures (queue depths, IGDB stats, Node's
  // version) wait for a token, so a site never publishes them by forgetting to set one.
  if (!token && env.NODE_ENV === "production") {
    throw new AppError(
      "not_found",
      "/api/metrics is off in production until METRICS_TOKEN is set (then scrape with Authorization: Bearer $METRICS_TOKEN).",
    );
  }
  if (token) {
    const given = bearerToken(req);
    if (!given) throw new AppError("unauthorized", "Metrics need Authorization: Bearer $METRICS_TOKEN.");
    if (!sameSecret(given, token)) throw new AppError("forbidden", "That token does not grant access to the metrics.");
  }
  const { registry } = getMetricsRegistry();
  // Collectors that read Redis fail open (lib/metrics/memoize-fail-open.ts): a scrape answers while it is down.
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
});
