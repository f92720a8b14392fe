// "Straight from this machine" below Next: a real node:http server with the connection hook, so what a handler
// decides comes from the socket and the headers as they arrived, whatever a client writes in its own headers.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isDirectLoopbackRequest } from "@/lib/api/request-peer";
import { currentConnection, trackConnections } from "@/lib/http-server/track-connections";

let server: Server;
let port: number;

beforeAll(async () => {
  trackConnections();
  server = createServer(async (req, res) => {
    // After an await, as in a route handler: the connection follows the request's async work.
    await new Promise((resolve) => setTimeout(resolve, 2));
    res.end(
      JSON.stringify({ direct: isDirectLoopbackRequest(new Headers({ host: req.headers.host ?? "" })), connection: currentConnection() }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

type Seen = { direct: boolean; connection: { peerAddress: string; proxied: boolean } };

// node:http rather than fetch: fetch will not send a Host of our choosing.
const ask = (headers: Record<string, string> = {}) =>
  new Promise<Seen>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(JSON.parse(body) as Seen));
    });
    req.on("error", reject);
    req.end();
  });

describe("isDirectLoopbackRequest on a served request", () => {
  it("is true for a loopback client sending no proxy header", async () => {
    const seen = await ask();
    expect(seen.connection).toMatchObject({ peerAddress: "127.0.0.1", proxied: false });
    expect(seen.direct).toBe(true);
  });

  it.each(["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded", "x-real-ip"])(
    "is false when the request carries %s",
    async (name) => {
      const seen = await ask({ [name]: name === "forwarded" ? "for=127.0.0.1" : "127.0.0.1" });
      expect(seen.connection.proxied).toBe(true);
      expect(seen.direct).toBe(false);
    },
  );

  it("is false for a loopback socket naming another host (DNS rebinding)", async () => {
    expect((await ask({ host: "evil.example" })).direct).toBe(false);
  });

  it("is false outside a served request", () => {
    expect(isDirectLoopbackRequest(new Headers({ host: "localhost:3000" }))).toBe(false);
  });
});
