// The Upstash REST bridge, driven by the real @upstash/redis client against the real Redis on 127.0.0.1:6379.
// If these pass, the Upstash driver's tests through the bridge exercise Redis rather than the bridge's quirks.
import { randomBytes } from "node:crypto";

import { Redis as UpstashRedis } from "@upstash/redis";
import { Redis as IORedis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startUpstashBridge, type UpstashBridge } from "../support/upstash-rest-bridge";

const REDIS_URL = "redis://127.0.0.1:6379";
const PREFIX = `test:bridge:${randomBytes(6).toString("hex")}:`;
const key = (name: string) => `${PREFIX}${name}`;

let bridge: UpstashBridge;
let redis: UpstashRedis;
let direct: IORedis;

beforeAll(async () => {
  bridge = await startUpstashBridge({ redisUrl: REDIS_URL });
  redis = new UpstashRedis({ url: bridge.url, token: bridge.token, enableTelemetry: false });
  direct = new IORedis(REDIS_URL);
});

afterAll(async () => {
  const keys = await direct.keys(`${PREFIX}*`);
  if (keys.length > 0) await direct.del(...keys);
  await bridge.close();
  await direct.quit();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${bridge.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${bridge.token}`, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

async function waitFor(predicate: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("commands through the client (auto-pipelined, base64 replies)", () => {
  it("sets with EX and reads the value back, with the TTL applied in Redis", async () => {
    expect(await redis.set(key("ex"), "value", { ex: 60 })).toBe("OK");
    expect(await redis.get(key("ex"))).toBe("value");
    const ttl = await direct.ttl(key("ex"));
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it("reads a missing key as null", async () => {
    expect(await redis.get(key("missing"))).toBeNull();
  });

  it("increments as integers", async () => {
    expect(await redis.incr(key("counter"))).toBe(1);
    expect(await redis.incrby(key("counter"), 41)).toBe(42);
    expect(await direct.get(key("counter"))).toBe("42");
  });

  it("writes and reads hashes", async () => {
    expect(await redis.hset(key("hash"), { name: "Zelda", year: 1986 })).toBe(2);
    expect(await redis.hgetall(key("hash"))).toEqual({ name: "Zelda", year: 1986 });
    expect(await direct.hgetall(key("hash"))).toEqual({ name: "Zelda", year: "1986" });
  });

  it("answers sorted-set reads in RESP2's flat shape, scores included", async () => {
    expect(await redis.zadd(key("zset"), { score: 1.5, member: "metroid" }, { score: 3, member: "zelda" })).toBe(2);
    expect(await redis.zincrby(key("zset"), 0.25, "metroid")).toBe(1.75);
    expect(await redis.zrange(key("zset"), 0, -1, { withScores: true })).toEqual(["metroid", 1.75, "zelda", 3]);
  });

  it("deletes keys and reports how many existed", async () => {
    await direct.set(key("del:a"), "1");
    await direct.set(key("del:b"), "2");
    expect(await redis.del(key("del:a"), key("del:b"), key("del:none"))).toBe(2);
    expect(await direct.exists(key("del:a"), key("del:b"))).toBe(0);
  });

  it("round-trips non-ASCII and control characters byte for byte", async () => {
    const value = 'héllo wörld 🎮 日本語 \u0000\u0001\u007f\t\r\n "quoted" \\ ,OK, ÿ';
    expect(await redis.set(key("unicode"), value)).toBe("OK");
    expect(await redis.get(key("unicode"))).toBe(value);
    expect((await direct.getBuffer(key("unicode")))?.equals(Buffer.from(value, "utf8"))).toBe(true);
  });

  it("returns the literal string OK, alone and inside arrays", async () => {
    await redis.set(key("ok"), "OK");
    expect(await redis.get(key("ok"))).toBe("OK");
    // Inside an array the client base64-decodes every string, so a raw "OK" there would come back as "8".
    await direct.rpush(key("ok:list"), "OK", "T0s=", "");
    expect(await redis.lrange(key("ok:list"), 0, -1)).toEqual(["OK", "T0s=", ""]);
  });

  it("stores objects as JSON and parses them on the way back", async () => {
    const game = { id: 7, title: "Chrono Trigger", tags: ["jrpg", "snes"], meta: { rating: 9.5, dlc: null } };
    await redis.set(key("json"), game);
    expect(await redis.get(key("json"))).toEqual(game);
    expect(JSON.parse((await direct.get(key("json")))!)).toEqual(game);
  });

  it("batches concurrent calls into one request", async () => {
    const before = bridge.requests;
    const [a, b, c] = await Promise.all([redis.get(key("missing:1")), redis.exists(key("missing:2")), redis.get(key("missing:3"))]);
    expect([a, b, c]).toEqual([null, 0, null]);
    expect(bridge.requests - before).toBe(1);
  });

  it("surfaces a Redis error as a thrown error, without failing its batch-mates", async () => {
    await direct.set(key("not-a-number"), "abc");
    const [bad, good] = await Promise.allSettled([redis.incr(key("not-a-number")), redis.get(key("not-a-number"))]);
    expect(bad.status).toBe("rejected");
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/ERR value is not an integer or out of range/);
    expect(good).toEqual({ status: "fulfilled", value: "abc" });
  });

  it("runs Lua scripts with keys and arguments", async () => {
    const script = "local n = redis.call('INCRBY', KEYS[1], ARGV[1]); return {KEYS[1], n, ARGV[2], false}";
    const result = await redis.eval(script, [key("lua")], ["5", "héllo"]);
    expect(result).toEqual([key("lua"), 5, "héllo", null]);
    expect(await direct.get(key("lua"))).toBe("5");
  });
});

describe("single commands (auto-pipelining off)", () => {
  const single = () => new UpstashRedis({ url: bridge.url, token: bridge.token, enableTelemetry: false, enableAutoPipelining: false });

  it("answers on POST / and reports errors with a non-2xx status", async () => {
    const client = single();
    expect(await client.set(key("single"), "v")).toBe("OK");
    expect(await client.get(key("single"))).toBe("v");
    await expect(client.incr(key("single"))).rejects.toThrow(/ERR value is not an integer/);

    const { status, body } = await post("/", ["INCR", key("single")]);
    expect(status).toBe(400);
    expect(body).toEqual({ error: "ERR value is not an integer or out of range" });
  });

  it("replies with plain strings when the client asks for no encoding", async () => {
    const plain = new UpstashRedis({ url: bridge.url, token: bridge.token, enableTelemetry: false, responseEncoding: false });
    const value = "plain 🎮 \u0000 OK";
    await plain.set(key("plain"), value);
    expect(await plain.get(key("plain"))).toBe(value);
    expect(await post("/", ["GET", key("plain")])).toEqual({ status: 200, body: { result: value } });
    expect(await post("/", ["GET", key("plain")], { "Upstash-Encoding": "base64" })).toEqual({
      status: 200,
      body: { result: Buffer.from(value).toString("base64") },
    });
  });
});

describe("pipelines and transactions", () => {
  it("runs an explicit pipeline in one request", async () => {
    const before = bridge.requests;
    const results = await redis.pipeline().set(key("p"), 1).incr(key("p")).get(key("p")).hgetall(key("p:none")).exec();
    expect(results).toEqual(["OK", 2, 2, null]);
    expect(bridge.requests - before).toBe(1);
  });

  it("keeps per-command errors in a pipeline", async () => {
    await direct.set(key("p:text"), "abc");
    const results = await redis.pipeline().incr(key("p:text")).get(key("p:text")).exec({ keepErrors: true });
    expect(results[0].error).toMatch(/ERR value is not an integer/);
    expect(results[1]).toEqual({ result: "abc", error: undefined });
    await expect(redis.pipeline().incr(key("p:text")).exec()).rejects.toThrow(/Command 1 \[ incr \] failed: ERR value/);
  });

  it("runs multi() as MULTI/EXEC", async () => {
    const results = await redis.multi().set(key("m"), "a").append(key("m"), "b").get(key("m")).exec();
    expect(results).toEqual(["OK", 2, "ab"]);
  });

  it("reports a command failing at EXEC time per item, and the rest of the transaction still applies", async () => {
    const results = await redis.multi().set(key("m:text"), "x").incr(key("m:text")).set(key("m:after"), "y").exec({ keepErrors: true });
    expect(results.map((r) => r.error ?? r.result)).toEqual(["OK", expect.stringMatching(/^ERR value is not an integer/), "OK"]);
    expect(await direct.get(key("m:after"))).toBe("y");
  });

  it("rejects a transaction Redis discards while queueing, and applies none of it", async () => {
    const { status, body } = await post("/multi-exec", [["SET", key("m:aborted"), "1"], ["INCR"]]);
    expect(status).toBe(400);
    expect((body as { error: string }).error).toMatch(/^EXECABORT .*wrong number of arguments/);
    expect(await direct.exists(key("m:aborted"))).toBe(0);
  });
});

describe("HTTP surface", () => {
  it("rejects a wrong token with 401", async () => {
    const intruder = new UpstashRedis({ url: bridge.url, token: "wrong", enableTelemetry: false, retry: false });
    await expect(intruder.get(key("ex"))).rejects.toThrow(/Unauthorized/);
    const res = await fetch(bridge.url, { method: "POST", body: JSON.stringify(["PING"]) });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Unauthorized" });
  });

  it("refuses bodies over 1 MB with 413", async () => {
    const { status } = await post("/", ["SET", key("big"), "x".repeat(1024 * 1024)]);
    expect(status).toBe(413);
    expect(await direct.exists(key("big"))).toBe(0);
  });

  it("refuses commands that would change the shared connection's state", async () => {
    const { status, body } = await post("/", ["SELECT", "1"]);
    expect(status).toBe(400);
    expect(body).toEqual({ error: "ERR SELECT is not supported over REST" });
    expect(await redis.set(key("after-select"), "db0")).toBe("OK");
    expect(await direct.get(key("after-select"))).toBe("db0");
  });

  it("runs a blocking command on its own connection, so it cannot stall other requests", async () => {
    const popped = redis.exec<[string, string] | null>(["BLPOP", key("queue"), "5"]);
    await waitFor(async () => String(await direct.call("CLIENT", "LIST")).includes("cmd=blpop"), "BLPOP to block in Redis");
    // Pushed through the bridge too: had BLPOP taken the shared connection, this RPUSH would queue behind it until
    // the BLPOP timed out, and the BLPOP would return null.
    expect(await redis.rpush(key("queue"), "job-1")).toBe(1);
    expect(await popped).toEqual([key("queue"), "job-1"]);
  });
});

describe("subscriptions", () => {
  async function numsub(channel: string): Promise<number> {
    const reply = (await direct.pubsub("NUMSUB", channel)) as [string, number];
    return reply[1];
  }

  it("delivers published messages over SSE and drops the Redis subscription on unsubscribe", async () => {
    const channel = key("channel with spaces");
    const sub = redis.subscribe<unknown>(channel);
    const counts: number[] = [];
    const messages: unknown[] = [];
    sub.on("subscribe", (count) => counts.push(count));
    sub.on("message", ({ channel: from, message }) => messages.push([from, message]));
    await waitFor(() => counts.length > 0, "the subscribe confirmation");
    expect(counts).toEqual([1]);
    expect(await numsub(channel)).toBe(1);

    await direct.publish(channel, JSON.stringify({ id: 1, title: "Metroid, the 1986 one" }));
    await direct.publish(channel, "plain text, with commas");
    expect(await redis.publish(channel, { from: "upstash" })).toBe(1);
    await waitFor(() => messages.length === 3, "three messages");
    expect(messages).toEqual([
      [channel, { id: 1, title: "Metroid, the 1986 one" }],
      [channel, "plain text, with commas"],
      [channel, { from: "upstash" }],
    ]);

    await sub.unsubscribe();
    await waitFor(async () => (await numsub(channel)) === 0, "the bridge to leave the channel");
  });

  it("delivers pattern subscriptions as pmessage", async () => {
    const pattern = key("events:*");
    // NUMPAT counts every client's patterns; compare against whatever else is subscribed right now.
    const patternsBefore = Number(await direct.pubsub("NUMPAT"));
    const sub = redis.psubscribe<unknown>(pattern);
    const received: unknown[] = [];
    let subscribed = false;
    sub.on("psubscribe", () => (subscribed = true));
    sub.on("pmessage", (event) => received.push(event));
    await waitFor(() => subscribed, "the psubscribe confirmation");

    await direct.publish(key("events:login"), JSON.stringify({ user: 42 }));
    await waitFor(() => received.length === 1, "one pmessage");
    expect(received).toEqual([{ pattern, channel: key("events:login"), message: { user: 42 } }]);

    await sub.unsubscribe();
    await waitFor(async () => Number(await direct.pubsub("NUMPAT")) === patternsBefore, "the bridge to leave the pattern");
  });
});
