// Plain HTTP requests to the e2e server from a chosen loopback source address (127.x.y.z all reach the server
// on 127.0.0.1): an attack test that is limited by its socket address then spends an allowance of its own,
// never the 127.0.0.1 one the other specs share. Also sends bodies chunked (no Content-Length) on request.
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Write the body in pieces without Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean;
  localAddress?: string;
}

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

/** A loopback source address of this run's own: 127.<random>.<random>.<n>. */
export function ownLoopbackAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  return `127.${octet()}.${octet()}.${octet()}`;
}

export function rawRequest({ method = "GET", path, headers = {}, body, chunked = false, localAddress }: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing: Record<string, string> = { ...headers };
    if (body !== undefined && !chunked) outgoing["content-length"] = String(Buffer.byteLength(body));
    let answered = false;
    const req = http.request({ host: "127.0.0.1", port: E2E_PORT, method, path, headers: outgoing, localAddress }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", done);
      res.on("close", done); // resolve() only counts once
    });
    // The server may answer (413) and close before the whole upload is written: what it said is what counts.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (body === undefined) return void req.end();
    if (!chunked) return void req.end(body);
    const data = Buffer.isBuffer(body) ? body : Buffer.from(body);
    let offset = 0;
    const writeMore = () => {
      while (offset < data.length) {
        const piece = data.subarray(offset, offset + 64 * 1024);
        offset += piece.length;
        if (!req.write(piece)) return void req.once("drain", writeMore);
      }
      req.end();
    };
    writeMore();
  });
}
