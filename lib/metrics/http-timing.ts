import "server-only";

import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

import { classifyRoute } from "./classify-route";
import { getMetricsRegistry } from "./get-metrics-registry";

// Node's HTTP server publishes every request's start and finish on these channels (Node 20). Timing
// there, below Next, measures every request the process serves, prerendered and ISR pages included,
// which never run any code of ours; a wrapper around route handlers would miss them.
const START = "http.server.request.start";
const FINISH = "http.server.response.finish";

interface ServerMessage {
  request: IncomingMessage;
  response: ServerResponse;
}

// EventSource always asks for text/event-stream; other clients are told so by the response's header.
const isEventStream = (request: IncomingMessage, response: ServerResponse) =>
  String(request.headers.accept ?? "").includes("text/event-stream") ||
  String(response.getHeader("content-type") ?? "").startsWith("text/event-stream");

const globalForTiming = globalThis as unknown as { questlogHttpTiming?: () => void };

/**
 * Starts timing this process's HTTP requests into the metrics registry (once per process); returns a stop
 * function (tests). Event streams are left out: their "latency" is how long someone watched.
 */
export function startHttpTiming(): () => void {
  if (globalForTiming.questlogHttpTiming) return globalForTiming.questlogHttpTiming;
  const { http } = getMetricsRegistry();
  const started = new WeakMap<ServerResponse, number>();
  const onStart = (message: unknown) => {
    started.set((message as ServerMessage).response, performance.now());
  };
  const onFinish = (message: unknown) => {
    const { request, response } = message as ServerMessage;
    const start = started.get(response);
    if (start === undefined) return;
    started.delete(response);
    const route = classifyRoute(request.url ?? "/");
    if (!route || isEventStream(request, response)) return;
    http.requests.inc({ route, status_class: `${Math.floor(response.statusCode / 100)}xx` });
    http.duration.observe({ route }, (performance.now() - start) / 1000);
  };
  // The module-level subscribe keeps a strong reference to the handlers (a channel object's own may be GC'd).
  diagnostics.subscribe(START, onStart);
  diagnostics.subscribe(FINISH, onFinish);
  const stop = () => {
    diagnostics.unsubscribe(START, onStart);
    diagnostics.unsubscribe(FINISH, onFinish);
    globalForTiming.questlogHttpTiming = undefined;
  };
  globalForTiming.questlogHttpTiming = stop;
  return stop;
}
