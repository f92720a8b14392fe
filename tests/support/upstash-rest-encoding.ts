// Request and reply shapes of the Upstash REST protocol, as @upstash/redis 1.39.0 reads and writes them
// (pkg/http.ts, pkg/commands/command.ts in its dist code). Used by upstash-rest-bridge.ts.

export type Command = [name: string, ...args: string[]];
export type Reply = { result: unknown } | { error: string };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// The client JSON.stringify()s objects itself, but sends numbers and booleans as JSON scalars.
export function parseCommand(raw: unknown): Command {
  if (!Array.isArray(raw) || raw.length === 0) throw new HttpError(400, "ERR a command must be a non-empty JSON array");
  const args = raw.map((arg) => {
    if (typeof arg === "string") return arg;
    if (typeof arg === "number" || typeof arg === "boolean") return String(arg);
    throw new HttpError(400, "ERR command arguments must be strings, numbers or booleans");
  });
  return args as Command;
}

// The client base64-decodes every string in a reply except a top-level literal "OK" (decode() in pkg/http.ts), so
// encoding every string, "OK" included, round-trips exactly. A raw "OK" would only survive at the top level: inside an
// array the client base64-decodes it too, to "8". serverless-redis-http encodes everything the same way.
function encodeValue(value: unknown, base64: boolean): unknown {
  if (Buffer.isBuffer(value)) return value.toString(base64 ? "base64" : "utf8");
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, base64));
  // An error nested in a reply (a Lua table holding {err=...}) has no JSON shape of its own; pass its text on.
  if (value instanceof Error) return encodeValue(Buffer.from(value.message), base64);
  // Integers stay JSON numbers; nil is null.
  return value ?? null;
}

/** One command's outcome, as ioredis reports it (replies as Buffers), in the protocol's reply shape. */
export function encodeReply([err, value]: [Error | null, unknown], base64: boolean): Reply {
  return err ? { error: err.message } : { result: encodeValue(value, base64) };
}
