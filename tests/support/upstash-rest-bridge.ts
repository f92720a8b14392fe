// An Upstash REST endpoint on loopback that runs every command on a real Redis, so the Upstash driver can be
// tested without Upstash (its own bridge, serverless-redis-http, ships only as a Docker image).
// Protocol as @upstash/redis 1.39.0 speaks it (read from its dist code: pkg/http.ts, pkg/commands/subscribe.ts).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { Redis } from "ioredis";

import { encodeReply, HttpError, parseCommand, type Command } from "./upstash-rest-encoding";

export interface UpstashBridge {
  url: string;
  token: string;
  close(): Promise<void>;
  /** requests served, for tests: every HTTP request received, rejected ones included */
  readonly requests: number;
}

const MAX_BODY_BYTES = 1024 * 1024;

// These would change the state of the connection every request shares, or park it in a mode that answers nobody
// else. Upstash refuses them over REST too: transactions go through /multi-exec, subscriptions through /subscribe.
const CONNECTION_STATE_COMMANDS = new Set([
  "MULTI",
  "EXEC",
  "DISCARD",
  "WATCH",
  "UNWATCH",
  "SELECT",
  "SWAPDB",
  "SUBSCRIBE",
  "PSUBSCRIBE",
  "SSUBSCRIBE",
  "UNSUBSCRIBE",
  "PUNSUBSCRIBE",
  "SUNSUBSCRIBE",
  "MONITOR",
  "QUIT",
  "RESET",
  "HELLO",
  "AUTH",
  "CLIENT",
]);

// A blocking command holds its connection until it returns; on the shared connection it would stall every other
// request, including the one that would unblock it.
const BLOCKING_COMMANDS = new Set(["BLPOP", "BRPOP", "BRPOPLPUSH", "BLMOVE", "BLMPOP", "BZPOPMIN", "BZPOPMAX", "BZMPOP", "WAIT"]);
const blocks = ([name, ...args]: Command) =>
  BLOCKING_COMMANDS.has(name) || (name.startsWith("XREAD") && args.some((a) => a.toUpperCase() === "BLOCK"));

// ioredis rewrites some replies by lower-case command name (HGETALL into an object, for one); Redis itself is
// case-insensitive, so upper-case names reach Redis unchanged and their replies come back untouched.
function normalise(raw: unknown): Command {
  const [name, ...args] = parseCommand(raw);
  const upper = name.toUpperCase();
  if (CONNECTION_STATE_COMMANDS.has(upper)) throw new HttpError(400, `ERR ${upper} is not supported over REST`);
  return [upper, ...args];
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) throw new HttpError(413, "ERR request body too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "ERR request body too large");
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "ERR request body is not valid JSON");
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

export async function startUpstashBridge(options: { redisUrl: string; token?: string; port?: number }): Promise<UpstashBridge> {
  const token = options.token ?? randomBytes(24).toString("base64url");
  // RESP2, whose reply shapes Upstash answers with over REST. ioredis 6 defaults to RESP3, where ZRANGE ... WITHSCORES
  // (among others) comes back as [member, score] pairs instead of one flat array.
  const connect = async (): Promise<Redis> => {
    const conn = new Redis(options.redisUrl, { protocol: 2, lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await conn.connect();
    } catch (error) {
      conn.disconnect();
      throw error;
    }
    return conn;
  };
  const redis = await connect();
  const ownConnections = new Set<Redis>();
  const borrow = async (): Promise<Redis> => {
    const conn = await connect();
    ownConnections.add(conn);
    return conn;
  };
  const release = (conn: Redis) => {
    ownConnections.delete(conn);
    conn.disconnect();
  };
  let requests = 0;

  async function run(commands: Command[], transaction: boolean): Promise<[Error | null, unknown][]> {
    const conn = commands.some(blocks) ? await borrow() : redis;
    const batch = transaction ? conn.multi() : conn.pipeline();
    // callBuffer: replies stay bytes, so binary-safe values survive until encodeReply picks base64 or utf8.
    for (const [name, ...args] of commands) batch.callBuffer(name, ...args);
    try {
      return (await batch.exec()) ?? [];
    } catch (error) {
      // Only a transaction rejects as a whole: a command refused while queueing (wrong arity, unknown command) makes
      // Redis discard all of it with EXECABORT. Nothing ran, so there is nothing per-item to report.
      const cause = (error as { previousErrors?: Error[] }).previousErrors?.[0]?.message;
      throw new HttpError(400, `${(error as Error).message}${cause ? ` ${cause}` : ""}`);
    } finally {
      if (conn !== redis) release(conn);
    }
  }

  async function subscribe(res: ServerResponse, target: string, pattern: boolean): Promise<void> {
    // Subscriber mode takes a connection over, so each stream gets its own, living exactly as long as the response.
    let gone = false;
    res.on("close", () => (gone = true));
    const conn = await borrow();
    if (gone) return release(conn);
    res.on("close", () => release(conn));
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    res.flushHeaders();
    // One `data: ` line per event, fields joined by commas: what the client's Subscriber.handleMessage() splits.
    // Payloads go out as they are: the client neither base64-decodes nor unescapes them.
    const send = (...fields: (Buffer | string | number)[]) => res.write(`data: ${fields.join(",")}\n\n`);
    conn.on("messageBuffer", (channel: Buffer, message: Buffer) => send("message", channel, message));
    conn.on("pmessageBuffer", (pat: Buffer, channel: Buffer, message: Buffer) => send("pmessage", pat, channel, message));
    const count = await (pattern ? conn.psubscribe(target) : conn.subscribe(target));
    send(pattern ? "psubscribe" : "subscribe", target, Number(count));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.authorization !== `Bearer ${token}`) return sendJson(res, 401, { error: "Unauthorized" });
    if (req.method !== "POST") throw new HttpError(405, "ERR only POST is supported");
    const base64 = String(req.headers["upstash-encoding"]).toLowerCase() === "base64";
    const path = new URL(req.url ?? "/", "http://bridge").pathname;
    const body = await readBody(req);

    const stream = /^\/(p?)subscribe\/(.+)$/.exec(path);
    if (stream) {
      // The client puts the channel into the URL unescaped; fetch percent-encodes what it has to (spaces, say).
      let target = stream[2]!;
      try {
        target = decodeURIComponent(target);
      } catch {
        // A lone "%" in the name: it reached us as it was.
      }
      return subscribe(res, target, stream[1] === "p");
    }
    if (path === "/") {
      const [outcome] = await run([normalise(body)], false);
      const reply = encodeReply(outcome!, base64);
      return sendJson(res, "error" in reply ? 400 : 200, reply);
    }
    if (path === "/pipeline" || path === "/multi-exec") {
      if (!Array.isArray(body) || body.length === 0) throw new HttpError(400, "ERR expected a non-empty array of commands");
      const outcomes = await run(body.map(normalise), path === "/multi-exec");
      return sendJson(
        res,
        200,
        outcomes.map((outcome) => encodeReply(outcome, base64)),
      );
    }
    throw new HttpError(404, `ERR no such endpoint: ${path}`);
  }

  const server = createServer((req, res) => {
    requests += 1;
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const status = error instanceof HttpError ? error.status : 500;
      // After a 413 the rest of the body may still be in flight; closing beats reading up to a megabyte more.
      if (status === 413) res.setHeader("connection", "close");
      sendJson(res, status, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    get requests() {
      return requests;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets and open event streams would otherwise hold server.close() open indefinitely.
      server.closeAllConnections();
      await closed;
      for (const conn of ownConnections) release(conn);
      await redis.quit();
    },
  };
}
