"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";

import type { LiveSample, MetricsPoint, MetricsTotals, OverviewResponse } from "@/lib/metrics/types";

import { adminGet } from "./admin-api";

export type Connection = "connecting" | "live" | "reconnecting";

const STREAM_URL = "/api/admin/overview/stream";
const WINDOW_MS = 60 * 60_000;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

export interface LiveOverview {
  /** History then streamed points, oldest first, the last hour. */
  points: MetricsPoint[];
  totals: MetricsTotals | null;
  connection: Connection;
  isPending: boolean;
  error: Error | null;
}

/** Appends points newer than the last one, and forgets those older than an hour. */
function merge(points: MetricsPoint[], more: readonly MetricsPoint[]): MetricsPoint[] {
  const last = points.at(-1)?.t ?? 0;
  const next = [...points, ...more.filter((p) => p.t > last)];
  const from = (next.at(-1)?.t ?? 0) - WINDOW_MS;
  return next.findIndex((p) => p.t >= from) > 0 ? next.filter((p) => p.t >= from) : next;
}

/**
 * The overview's data: the last hour from GET /api/admin/overview (react-query), then a point every 2 s
 * from the SSE stream. EventSource reconnects by itself after a dropped connection; when the server
 * refused it outright (a restart mid-deploy, an expired session) it is closed, and reopened here with backoff.
 */
export function useLiveOverview(): LiveOverview {
  const initial = useQuery({
    queryKey: ["admin", "overview"],
    queryFn: () => adminGet<OverviewResponse>("/api/admin/overview"),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const [streamed, setStreamed] = useState<MetricsPoint[]>([]);
  const [totals, setTotals] = useState<MetricsTotals | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const open = () => {
      source = new EventSource(STREAM_URL);
      source.onopen = () => {
        failures = 0;
        setConnection("live");
      };
      source.addEventListener("point", (event) => {
        const sample = JSON.parse((event as MessageEvent<string>).data) as LiveSample;
        setTotals(sample.totals);
        if (sample.point) setStreamed((points) => merge(points, [sample.point!]));
      });
      source.onerror = () => {
        setConnection("reconnecting");
        if (source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(open, RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]);
      };
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, []);

  const points = useMemo(() => merge(initial.data?.history ?? [], streamed), [initial.data, streamed]);
  const withCurrent = useMemo(() => {
    // Before the first sampled point, the API's on-demand point shows something at once.
    const current = initial.data?.current.point;
    return points.length === 0 && current ? [current] : points;
  }, [points, initial.data]);
  return {
    points: withCurrent,
    totals: totals ?? initial.data?.current.totals ?? null,
    connection,
    isPending: initial.isPending,
    error: initial.error,
  };
}
