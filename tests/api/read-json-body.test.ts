// readJsonBody: every JSON body is capped (64 KB by default) whether or not it declares its length, and read
// only up to the cap; 413 payload_too_large past it, 400 invalid_json for what is not JSON.
import { describe, expect, it } from "vitest";

import { DEFAULT_JSON_BODY_LIMIT_BYTES, readJsonBody } from "@/lib/api/read-json-body";
import { AppError } from "@/lib/errors/app-error";

/** A request whose body is a stream of `chunks` (no Content-Length, as a chunked upload), recording reads. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}) {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[pulled++];
        if (next) controller.enqueue(next);
        else controller.close();
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  ); // pulled only when read, so `pulled` counts our reads
  const request = new Request("http://localhost/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled, cancelled: () => cancelled };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "no error";
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : String(error);
  }
}

describe("readJsonBody", () => {
  it("parses a JSON body, UTF-8 and a leading BOM included", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: "\uFEFF" + JSON.stringify({ name: "Zoë" }) });
    expect(await readJsonBody(request)).toEqual({ name: "Zoë" });
  });

  it("answers 400 invalid_json for an empty or malformed body", async () => {
    expect(await codeOf(readJsonBody(new Request("http://localhost/", { method: "POST" })))).toBe("400 invalid_json");
    expect(await codeOf(readJsonBody(new Request("http://localhost/", { method: "POST", body: "{" })))).toBe("400 invalid_json");
  });

  it("accepts a body of exactly the cap and refuses one byte more with 413 payload_too_large", async () => {
    const exact = JSON.stringify("x".repeat(DEFAULT_JSON_BODY_LIMIT_BYTES - 2));
    expect(await readJsonBody(new Request("http://localhost/", { method: "POST", body: exact }))).toHaveLength(
      DEFAULT_JSON_BODY_LIMIT_BYTES - 2,
    );
    const over = JSON.stringify("x".repeat(DEFAULT_JSON_BODY_LIMIT_BYTES - 1));
    expect(await codeOf(readJsonBody(new Request("http://localhost/", { method: "POST", body: over })))).toBe("413 payload_too_large");
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const body = streamed([new TextEncoder().encode("{}")], { "content-length": String(5 * 1024 * 1024) });
    expect(await codeOf(readJsonBody(body.request))).toBe("413 payload_too_large");
    expect(body.pulled()).toBe(0);
  });

  it("stops reading a chunked body once past the cap and cancels the rest", async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const body = streamed(Array.from({ length: 320 }, () => chunk)); // 5 MB
    expect(await codeOf(readJsonBody(body.request))).toBe("413 payload_too_large");
    expect(body.pulled()).toBeLessThanOrEqual(DEFAULT_JSON_BODY_LIMIT_BYTES / chunk.byteLength + 2);
    expect(body.cancelled()).toBe(true);
  });

  it("counts what arrives, not what Content-Length claims", async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const body = streamed(
      Array.from({ length: 10 }, () => chunk),
      { "content-length": "2" },
    );
    expect(await codeOf(readJsonBody(body.request))).toBe("413 payload_too_large");
  });

  it("takes a larger cap where a route asks for one", async () => {
    const big = JSON.stringify("x".repeat(100_000));
    expect(await codeOf(readJsonBody(new Request("http://localhost/", { method: "POST", body: big })))).toBe("413 payload_too_large");
    expect(await readJsonBody(new Request("http://localhost/", { method: "POST", body: big }), { maxBytes: 200_000 })).toHaveLength(
      100_000,
    );
  });
});
