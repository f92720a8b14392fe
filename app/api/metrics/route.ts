// GET /api/metrics – Prometheus text exposition of this process: HTTP rates and latency per route, cache,
// search sources and dedupe, IGDB calls and circuit, job queues, the catalog write drainer, Node's own
// figures. The same registry feeds /admin's overview. With METRICS_TOKEN set, it needs that bearer token.
import type { NextRequest } from "next/server";

import { bearerToken } from "@/lib/api/bearer-token";
import { AppError } from "@/lib/api/errors";
import { sameSecret } from "@/lib/api/same-secret";
import { withErrors } from "@/lib/api/with-errors";
import { getEnv } from "@/lib/env";
import { getMetricsRegistry } from "@/lib/metrics/get-metrics-registry";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (req: NextRequest) => {
  const token = getEnv().METRICS_TOKEN;
  if (token) {
    const given = bearerToken(req);
    if (!given) throw new AppError("unauthorized", "Metrics need Authorization: Bearer $METRICS_TOKEN.");
    if (!sameSecret(given, token)) throw new AppError("forbidden", "That token does not grant access to the metrics.");
  }
  const { registry } = getMetricsRegistry();
  // Collectors that read Redis fail open (lib/metrics/memoize-fail-open.ts): a scrape answers while it is down.
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
});
