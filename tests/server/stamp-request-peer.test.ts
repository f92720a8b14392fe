// The socket stamp below Next: a real node:http server with the diagnostics_channel hook, so what a handler
// reads is what the hook wrote, whatever the client sent under the same names.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isDirectLoopbackRequest, PEER_HEADER, PROXIED_HEADER } from "@/lib/api/request-peer";
import { startPeerStamping } from "@/lib/server/stamp-request-peer";

let server: Server;
let url: string;
let stop: () => void;

beforeAll(async () => {
  stop = startPeerStamping();
  server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(req.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  stop();
  await new Promise((resolve) => server.close(resolve));
});

const seen = async (headers: Record<string, string> = {}) => (await (await fetch(url, { headers })).json()) as IncomingHttpHeaders;
const asHeaders = (h: IncomingHttpHeaders) => new Headers(Object.entries(h).map(([k, v]): [string, string] => [k, String(v)]));

describe("startPeerStamping", () => {
  it("writes the socket's address on a direct request, which then counts as local", async () => {
    const headers = await seen();
    expect(headers[PEER_HEADER]).toBe("127.0.0.1");
    expect(headers[PROXIED_HEADER]).toBeUndefined();
    expect(isDirectLoopbackRequest(asHeaders(headers))).toBe(true);
  });

  it("replaces a client's own stamp headers", async () => {
    const headers = await seen({ [PEER_HEADER]: "192.0.2.1", [PROXIED_HEADER]: "0" });
    expect(headers[PEER_HEADER]).toBe("127.0.0.1");
    expect(headers[PROXIED_HEADER]).toBeUndefined();
  });

  it.each(["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded", "x-real-ip"])("marks a request carrying %s as proxied", async (name) => {
    const headers = await seen({ [name]: name === "forwarded" ? "for=127.0.0.1" : "127.0.0.1" });
    expect(headers[PROXIED_HEADER]).toBe("1");
    expect(isDirectLoopbackRequest(asHeaders(headers))).toBe(false);
  });

  it("is once per process", () => {
    expect(startPeerStamping()).toBe(stop);
  });
});
