// Who is at the other end of the socket, for any code a request runs (route handlers, pages, ISR renders).
// Next 16 gives route handlers and pages no socket address (NextRequest.ip is gone), and `next start` only
// writes the peer into X-Forwarded-For when the client sent none (base-server.ts: `x-forwarded-for ??=
// socket.remoteAddress`), so a client that sends the header hides its address. An ISR page (the game page)
// may not even read headers() at runtime without failing ("Page changed from static to dynamic").
// So the HTTP server's "request" event runs in an AsyncLocalStorage context that holds the socket address
// and X-Forwarded-For as it came off the wire, before Next touched it; everything the request awaits sees it.
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import https from "node:https";

export interface Connection {
  /** The TCP peer: the client itself, or the nearest proxy. */
  peerAddress: string | undefined;
  /** X-Forwarded-For as received (repeated headers joined by Node), before Next adds anything. */
  forwardedFor: string | undefined;
  /** The request came with a header a reverse proxy adds (PROXY_HEADERS): it did not come straight from its peer. */
  proxied: boolean;
}

/** Headers a reverse proxy adds; a request carrying any of them did not come straight from a local client. */
export const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded", "x-real-ip"] as const;

// On globalThis: Next bundles this module into several chunks (instrumentation, each route), and they must
// share one storage.
const STORAGE = Symbol.for("questlog.connection-storage");
const PATCHED = Symbol.for("questlog.connection-tracking");
type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

function storage(): AsyncLocalStorage<Connection> {
  const holder = globalThis as { [STORAGE]?: AsyncLocalStorage<Connection> };
  return (holder[STORAGE] ??= new AsyncLocalStorage<Connection>());
}

/** Wraps every HTTP(S) server's "request" event in a Connection context. Idempotent; call it at start-up. */
export function trackConnections(): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as Array<{ emit: Emit; [PATCHED]?: true }>) {
    if (prototype[PATCHED]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]): boolean {
      if (event !== "request") return emit.call(this, event, ...args);
      const req = args[0] as http.IncomingMessage;
      const forwarded = req.headers["x-forwarded-for"];
      const connection: Connection = {
        peerAddress: req.socket?.remoteAddress,
        forwardedFor: Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
        proxied: PROXY_HEADERS.some((name) => req.headers[name] !== undefined),
      };
      return runInConnection(connection, () => emit.call(this, event, ...args));
    };
    prototype[PATCHED] = true;
  }
}

/** Runs `fn` as if serving a request from `connection` (the server hook above; tests). */
export function runInConnection<T>(connection: Connection, fn: () => T): T {
  return storage().run(connection, fn);
}

/** The connection of the request being served; undefined outside one (build, jobs, tests). */
export function currentConnection(): Connection | undefined {
  return storage().getStore();
}
