// The share image's cover fetch against a real HTTP server on loopback: a cover becomes a data: URL, and
// every failure (status, type, size, silence, refused connection) becomes null, within the deadline.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fetchCoverImage } from "@/lib/seo/fetch-cover-image";

// The smallest valid JPEG header bytes are enough: the fetch passes bytes through, it does not decode them.
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/cover.jpg") res.writeHead(200, { "Content-Type": "image/jpeg" }).end(JPEG);
    else if (req.url === "/page.html") res.writeHead(200, { "Content-Type": "text/html" }).end("<p>not an image</p>");
    else if (req.url === "/huge.jpg") res.writeHead(200, { "Content-Type": "image/jpeg" }).end(Buffer.alloc(2_000_000));
    else if (req.url === "/silent.jpg")
      return; // never answers
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("fetchCoverImage", () => {
  it("returns the cover as a data: URL of its type", async () => {
    expect(await fetchCoverImage(`${base}/cover.jpg`)).toBe(`data:image/jpeg;base64,${JPEG.toString("base64")}`);
  });

  it.each(["/missing.jpg", "/page.html", "/huge.jpg"])("returns null for %s", async (file) => {
    expect(await fetchCoverImage(`${base}${file}`)).toBeNull();
  });

  it("gives up on a silent server at its deadline", async () => {
    const started = performance.now();
    expect(await fetchCoverImage(`${base}/silent.jpg`, 200)).toBeNull();
    console.log(`[fetch-cover-image] gave up after ${Math.round(performance.now() - started)} ms (deadline 200 ms)`);
  });

  it("returns null when nothing listens", async () => {
    expect(await fetchCoverImage("http://127.0.0.1:9/cover.jpg")).toBeNull();
  });
});
